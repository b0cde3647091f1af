// Outside judge: Alibaba Cloud's official OpenAPI client (@alicloud/openapi-client, the
// darabonba `callApi` the generated SDKs use) sends ApsaraMQ for MQTT SendMessage to
// mqdesk-emulator's Alibaba-style endpoint: signed with V3 (ACS3-HMAC-SHA256, the default) and
// with the older V1 RPC signature (signatureAlgorithm "v2" in the client's naming: HMAC-SHA1).
// A signature, parameter placement or answer shape the emulator gets wrong shows up here even
// when mqdesk's own signer agrees with it.
//
// MQDESK_EMULATOR names the executable; this script starts it (--demo, temporary data dir).
// Exit code: 0 passed, 1 a check failed, 77 skipped (run `npm ci --prefix tests/sdk-alibaba`).
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

let OpenApi;
let Util;
try {
  OpenApi = require('@alicloud/openapi-client');
  Util = require('@alicloud/tea-util');
} catch (error) {
  console.log(`skipped: the client is not installed (npm ci --prefix tests/sdk-alibaba): ${error.message}`);
  process.exit(77);
}

const accessKeyId = 'MQDESKSANDBOXAK00001';
const accessKeySecret = 'mqdeskSandboxSecretKeyNotASecret00000001';

function startEmulator() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mqdesk-aliyun-'));
  const child = spawn(process.env.MQDESK_EMULATOR, ['--data-dir', dataDir, '--listen', '127.0.0.1:0', '--demo'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`mqdesk-emulator exited with ${code} before listening`)));
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^listening on (http:\/\/\S+)$/.exec(line);
      if (!match) reject(new Error(`unexpected first line: ${line}`));
      child.removeAllListeners('exit');
      resolve({ url: match[1], stop });
    });
  });
}

function makeClient(host, secret, signatureAlgorithm) {
  const config = new OpenApi.Config({
    accessKeyId, accessKeySecret: secret, endpoint: host, protocol: 'http', regionId: 'cn-hangzhou',
  });
  if (signatureAlgorithm) config.signatureAlgorithm = signatureAlgorithm;
  return new OpenApi.default(config);
}

async function sendMessage(client, instanceId, method) {
  const params = new OpenApi.Params({
    action: 'SendMessage', version: '2020-04-20', protocol: 'HTTP', pathname: '/', method,
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const request = new OpenApi.OpenApiRequest({
    query: { InstanceId: instanceId, MqttTopic: 'TopicA/sdk', Payload: Buffer.from('hello sdk').toString('base64') },
  });
  return client.callApi(params, request, new Util.RuntimeOptions({}));
}

async function main() {
  const { url, stop } = await startEmulator();
  const host = new URL(url).host;
  try {
    for (const [name, algorithm, method] of [['V3', undefined, 'POST'], ['V1', 'v2', 'POST'], ['V1 GET', 'v2', 'GET']]) {
      const ok = await sendMessage(makeClient(host, accessKeySecret, algorithm), 'mqtt-demo-1', method);
      assert.equal(ok.statusCode, 200, name);
      assert.match(ok.body.MsgId, /^[0-9A-F]{32}$/, name);
      assert.ok(ok.body.RequestId, name);
      console.log(`ok: ${name} SendMessage -> MsgId ${ok.body.MsgId}`);

      await assert.rejects(sendMessage(makeClient(host, 'wrong-secret', algorithm), 'mqtt-demo-1', method),
        (error) => error.code === 'SignatureDoesNotMatch' && error.statusCode === 400, `${name} wrong secret`);
      await assert.rejects(sendMessage(makeClient(host, accessKeySecret, algorithm), 'post-cn-unknown', method),
        (error) => error.code === 'InstancePermissionCheckFailed' && error.statusCode === 400, `${name} unknown instance`);
      console.log(`ok: ${name} wrong secret and unknown instance rejected with the documented codes`);
    }
  } finally {
    stop();
  }
}

main().then(() => process.exit(0), (error) => {
  console.error(`FAILED: ${error.stack || error}`);
  process.exit(1);
});

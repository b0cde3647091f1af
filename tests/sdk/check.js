// Outside judge: the official Huawei Cloud Node.js SDK (@huaweicloud/huaweicloud-sdk-rocketmq)
// against mqdesk-emulator. The SDK signs with its own AK/SK signer and parses the answers into
// its own models, so a path, a JSON shape or a signature the emulator gets wrong shows up here
// even when our own client agrees with the emulator.
//
// Either MQDESK_EMULATOR_URL points at a running emulator (MQDESK_AK, MQDESK_SK and
// MQDESK_PROJECT_ID default to the sandbox identity), or MQDESK_EMULATOR names the executable
// and this script starts it (--demo, temporary data dir) and stops it at the end.
// Exit code: 0 all checks passed, 1 a check failed, 77 skipped (no node_modules: run
// `npm ci --prefix tests/sdk`).
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

let BasicCredentials;
let rocketmq;
try {
  ({ BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials'));
  rocketmq = require('@huaweicloud/huaweicloud-sdk-rocketmq');
} catch (error) {
  console.log(`skipped: the SDK is not installed (npm ci --prefix tests/sdk): ${error.message}`);
  process.exit(77);
}

const ak = process.env.MQDESK_AK || 'MQDESKSANDBOXAK00001';
const sk = process.env.MQDESK_SK || 'mqdeskSandboxSecretKeyNotASecret00000001';
const projectId = process.env.MQDESK_PROJECT_ID || '0a1b2c3d4e5f40718293a4b5c6d7e8f9';

/// Starts $MQDESK_EMULATOR and resolves with its URL once it printed its listening line.
function startEmulator() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mqdesk-sdk-'));
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

let url = process.env.MQDESK_EMULATOR_URL;
let client;
// Responses are the parsed JSON with the service's snake_case keys.
function makeClient(secret) {
  const credentials = new BasicCredentials().withAk(ak).withSk(secret).withProjectId(projectId);
  return rocketmq.RocketMQClient.newBuilder().withCredential(credentials).withEndpoint(url).build();
}

let passed = 0;
async function step(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name}`);
  } catch (error) {
    console.error(`FAIL ${name}`);
    console.error(error && error.stack ? error.stack : error);
    if (error && error.errorMsg) console.error(`     ${error.httpStatusCode} ${error.errorCode}: ${error.errorMsg}`);
    throw error;
  }
}

async function expectError(promise, status, code) {
  try {
    await promise;
  } catch (error) {
    assert.equal(error.httpStatusCode, status, `status of ${JSON.stringify(error)}`);
    if (code) assert.equal(error.errorCode, code);
    return error;
  }
  assert.fail(`expected HTTP ${status}`);
}

async function main() {
  let emulator;
  if (!url) {
    if (!process.env.MQDESK_EMULATOR) {
      console.error('set MQDESK_EMULATOR_URL (a running emulator) or MQDESK_EMULATOR (the executable)');
      process.exit(2);
    }
    emulator = await startEmulator();
    url = emulator.url;
  }
  client = makeClient(sk);
  try {
    await checks();
  } finally {
    if (emulator) emulator.stop();
  }
}

async function checks() {
  let instance;
  const topic = `sdk-topic-${Date.now() % 100000}`;
  const group = `sdk-group-${Date.now() % 100000}`;

  await step('list instances (demo data, paging)', async () => {
    const all = await client.listInstances(new rocketmq.ListInstancesRequest().withEngine('reliability'));
    assert.ok(all.instance_num >= 2, `instance_num ${all.instance_num}`);
    instance = all.instances.find((i) => i.engine_version === '4.8.0');
    assert.ok(instance, 'a 4.8.0 demo instance');
    const page = await client.listInstances(new rocketmq.ListInstancesRequest().withEngine('reliability').withLimit(1));
    assert.equal(page.instances.length, 1);
    assert.equal(page.instance_num, all.instance_num);
  });
  const instanceId = instance.instance_id;

  await step('show instance', async () => {
    const shown = await client.showInstance(new rocketmq.ShowInstanceRequest().withInstanceId(instanceId));
    assert.equal(shown.status, 'RUNNING');
    assert.equal(shown.engine_version, '4.8.0');
    assert.ok(shown.broker_num >= 1);
  });

  await step('list brokers', async () => {
    const brokers = await client.listBrokers(new rocketmq.ListBrokersRequest().withInstanceId(instanceId));
    assert.ok(brokers.brokers.length >= 1);
    assert.equal(brokers.brokers[0].broker_name, 'broker-0');
  });

  await step('list topics', async () => {
    const topics = await client.listRocketInstanceTopics(
      new rocketmq.ListRocketInstanceTopicsRequest().withInstanceId(instanceId).withLimit(50));
    assert.ok(topics.total >= 10, `total ${topics.total}`);
    assert.ok(topics.topics[0].name);
  });

  await step('create topic', async () => {
    const body = new rocketmq.CreateTopicOrBatchDeleteTopicReq()
      .withName(topic).withPermission('all')
      .withQueues([new rocketmq.CreateTopicReqQueues().withBroker('broker-0').withQueueNum(3)]);
    const created = await client.createTopicOrBatchDeleteTopic(
      new rocketmq.CreateTopicOrBatchDeleteTopicRequest().withInstanceId(instanceId).withBody(body));
    assert.equal(created.id, topic);
  });

  await step('show topic', async () => {
    const shown = await client.showOneTopic(
      new rocketmq.ShowOneTopicRequest().withInstanceId(instanceId).withTopic(topic));
    assert.equal(shown.name, topic);
    assert.equal(shown.total_read_queue_num, 3);
  });

  await step('create consumer group', async () => {
    const body = new rocketmq.CreateConsumerGroupOrBatchDeleteConsumerGroupReq()
      .withName(group).withBrokers(['broker-0']).withBroadcast(false).withRetryMaxTime(5);
    const created = await client.createConsumerGroupOrBatchDeleteConsumerGroup(
      new rocketmq.CreateConsumerGroupOrBatchDeleteConsumerGroupRequest().withInstanceId(instanceId).withBody(body));
    assert.equal(created.name, group);
  });

  await step('show and list consumer groups', async () => {
    const shown = await client.showGroup(new rocketmq.ShowGroupRequest().withInstanceId(instanceId).withGroup(group));
    assert.equal(shown.name, group);
    assert.equal(shown.retry_max_time, 5);
    const groups = await client.listInstanceConsumerGroups(
      new rocketmq.ListInstanceConsumerGroupsRequest().withInstanceId(instanceId).withLimit(50));
    assert.ok(groups.groups.some((g) => g.name === group));
  });

  await step('consumer groups of a demo topic, group_online', async () => {
    const groups = await client.listConsumerGroupOfTopic(
      new rocketmq.ListConsumerGroupOfTopicRequest().withInstanceId(instanceId).withTopic('orders-created'));
    assert.ok(Array.isArray(groups.groups));
    const all = await client.listInstanceConsumerGroups(
      new rocketmq.ListInstanceConsumerGroupsRequest().withInstanceId(instanceId).withLimit(50));
    assert.ok(all.groups.every((g) => typeof g.group_online === 'boolean'));
  });

  await step('list users', async () => {
    const users = await client.listUser(new rocketmq.ListUserRequest().withInstanceId(instanceId));
    assert.ok(users.users.length >= 1);
  });

  await step('list available zones, products, features', async () => {
    const zones = await client.listAvailableZones(new rocketmq.ListAvailableZonesRequest());
    assert.ok(zones.available_zones.length >= 1);
    const products = await client.listEngineProducts(new rocketmq.ListEngineProductsRequest().withEngine('rocketmq'));
    assert.ok(products.products.length >= 1);
    const features = await client.listConfigFeatures(new rocketmq.ListConfigFeaturesRequest());
    assert.ok(features.features.length >= 1);
  });

  await step('update topic, users, tags, configs, tasks', async () => {
    await client.updateTopic(new rocketmq.UpdateTopicRequest().withInstanceId(instanceId).withTopic(topic)
      .withBody(new rocketmq.UpdateTopicReq().withTopicDesc('from the SDK').withPermission('sub')));
    const shown = await client.showOneTopic(new rocketmq.ShowOneTopicRequest().withInstanceId(instanceId).withTopic(topic));
    assert.equal(shown.permission, 'sub');
    const user = new rocketmq.User().withAccessKey('sdk-user-01').withSecretKey('Sdk-Secret-9')
      .withDefaultTopicPerm('SUB').withDefaultGroupPerm('SUB');
    const created = await client.createUser(new rocketmq.CreateUserRequest().withInstanceId(instanceId).withBody(user));
    assert.equal(created.access_key, 'sdk-user-01');
    const policy = await client.listTopicAccessPolicy(
      new rocketmq.ListTopicAccessPolicyRequest().withInstanceId(instanceId).withTopic(topic));
    assert.ok(policy.policies.some((p) => p.access_key === 'sdk-user-01' && p.perm === 'SUB'));
    await client.deleteUser(new rocketmq.DeleteUserRequest().withInstanceId(instanceId).withUserName('sdk-user-01'));
    await client.batchCreateOrDeleteRocketmqTag(new rocketmq.BatchCreateOrDeleteRocketmqTagRequest()
      .withInstanceId(instanceId).withBody(new rocketmq.BatchCreateOrDeleteTagReq().withAction('create')
        .withTags([new rocketmq.TagEntity().withKey('sdk').withValue('yes')])));
    const tags = await client.showRocketmqTags(new rocketmq.ShowRocketmqTagsRequest().withInstanceId(instanceId));
    assert.ok(tags.tags.some((t) => t.key === 'sdk' && t.value === 'yes'));
    const configs = await client.showRocketMqConfigs(new rocketmq.ShowRocketMqConfigsRequest().withInstanceId(instanceId));
    assert.ok(configs.rocketmq_configs.some((c) => c.name === 'fileReservedTime'));
    const tasks = await client.listBackgroundTasks(new rocketmq.ListBackgroundTasksRequest().withInstanceId(instanceId));
    assert.ok(Number(tasks.task_count) >= 1);
  });

  await step('create instance by engine (CREATING), delete it', async () => {
    const body = new rocketmq.CreateInstanceByEngineReq().withName(`sdk-inst-${Date.now() % 100000}`)
      .withEngine('reliability').withEngineVersion('4.8.0').withStorageSpace(600).withVpcId('vpc-1')
      .withSubnetId('subnet-1').withSecurityGroupId('sg-1').withAvailableZones(['9f1c5806706d4c1fb0eb72f0a9b18c77'])
      .withProductId('c6.4u8g.cluster').withStorageSpecCode('dms.physical.storage.high.v2').withBrokerNum(1);
    const created = await client.createInstanceByEngine(
      new rocketmq.CreateInstanceByEngineRequest().withEngine('reliability').withBody(body));
    assert.ok(created.instance_id);
    const shown = await client.showInstance(new rocketmq.ShowInstanceRequest().withInstanceId(created.instance_id));
    assert.equal(shown.status, 'CREATING');
    await expectError(client.deleteInstance(new rocketmq.DeleteInstanceRequest().withInstanceId(created.instance_id)),
      400, 'DMS.00400099');
  });

  await step('message query on the /v2/{project_id}/rocketmq/ spelling', async () => {
    const messages = await client.listMessagesForRocketMq(
      new rocketmq.ListMessagesForRocketMqRequest().withInstanceId(instanceId).withTopic(topic)
        .withStartTime(String(Date.now() - 3600000)).withEndTime(String(Date.now())));
    assert.ok(Array.isArray(messages.messages));
  });

  await step('list messages (broker simulation)', async () => {
    const messages = await client.listMessages(
      new rocketmq.ListMessagesRequest().withEngine('reliability').withInstanceId(instanceId).withTopic(topic)
        .withStartTime(String(Date.now() - 3600000)).withEndTime(String(Date.now())));
    assert.ok(Array.isArray(messages.messages));
  });

  await step('delete consumer group and topic', async () => {
    await client.deleteConsumerGroup(new rocketmq.DeleteConsumerGroupRequest().withInstanceId(instanceId).withGroup(group));
    await client.deleteTopic(new rocketmq.DeleteTopicRequest().withInstanceId(instanceId).withTopic(topic));
    await expectError(client.showOneTopic(new rocketmq.ShowOneTopicRequest().withInstanceId(instanceId).withTopic(topic)),
      404);
  });

  await step('unknown instance -> 404 DMS.00404022', async () => {
    await expectError(client.showInstance(new rocketmq.ShowInstanceRequest().withInstanceId('no-such-instance')),
      404, 'DMS.00404022');
  });

  await step('wrong secret key -> 401', async () => {
    const badClient = makeClient(`${sk}x`);
    await expectError(badClient.listInstances(new rocketmq.ListInstancesRequest().withEngine('reliability')), 401);
  });

  console.log(`${passed} checks passed`);
}

main().catch((error) => {
  console.error(error && error.message ? error.message : error);
  process.exit(1);
});

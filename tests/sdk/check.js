// Outside judge: the official Huawei Cloud Node.js SDK (@huaweicloud/huaweicloud-sdk-rocketmq)
// against a running mqdesk-emulator. The SDK signs with its own AK/SK signer and parses the
// answers into its own models, so a path, a JSON shape or a signature the emulator gets
// wrong shows up here even when our own client agrees with the emulator.
//
// Environment: MQDESK_EMULATOR_URL (http://127.0.0.1:PORT), MQDESK_AK, MQDESK_SK, MQDESK_PROJECT_ID.
// Exit code 0 = every check passed; 1 = a check failed (the failing step is printed).
'use strict';

const assert = require('node:assert/strict');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');
const rocketmq = require('@huaweicloud/huaweicloud-sdk-rocketmq');

const url = process.env.MQDESK_EMULATOR_URL;
const ak = process.env.MQDESK_AK;
const sk = process.env.MQDESK_SK;
const projectId = process.env.MQDESK_PROJECT_ID;
if (!url || !ak || !sk || !projectId) {
  console.error('set MQDESK_EMULATOR_URL, MQDESK_AK, MQDESK_SK and MQDESK_PROJECT_ID');
  process.exit(2);
}

// Responses are the parsed JSON with the service's snake_case keys.
const credentials = new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId);
const client = rocketmq.RocketMQClient.newBuilder().withCredential(credentials).withEndpoint(url).build();

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
    process.exit(1);
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
    const bad = new BasicCredentials().withAk(ak).withSk(`${sk}x`).withProjectId(projectId);
    const badClient = rocketmq.RocketMQClient.newBuilder().withCredential(bad).withEndpoint(url).build();
    await expectError(badClient.listInstances(new rocketmq.ListInstancesRequest().withEngine('reliability')), 401);
  });

  console.log(`${passed} checks passed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

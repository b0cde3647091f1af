<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Api::ApiCall</name>
    <message>
        <source>The answer is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::ApiClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 cannot be sent by this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint is configured for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not obtain an IAM token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::ApiError</name>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::IamTokenCache</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Kafka::ResendRequest</name>
    <message>
        <source>Choose a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partition must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message offset must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Mqtt</name>
    <message>
        <source>The account information could not be checked with the STS token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance does not exist or this account may not use it. Check the instance ID and the account that created the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not use the instance, topic or group. Check their permission settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint does not support this API (check the endpoint and region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not process the request. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be stored. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls: SendMessage allows 1,000 calls per second. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request signature was rejected: check the AccessKey secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request time is too far from the server&apos;s: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Mqtt::SendRequest</name>
    <message>
        <source>Enter the instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the MQTT topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message is sent to one topic: the wildcards # and + are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a payload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Operation</name>
    <message>
        <source>%1: the API version of this RPC operation is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path parameter %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine must be one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required in the body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::OperationParam</name>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::OperationTable</name>
    <message>
        <source>the operation table is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1 lacks an id, method or path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Pager</name>
    <message>
        <source>%1 is not a list operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::Queues</name>
    <message>
        <source>Add at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum of %1 messages can be sent at a time; this batch has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 has no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The aggregated size of the messages cannot exceed 512 KB; this batch has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Api::RequestLog</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth::KeychainStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets can be used for this session only and will not be saved; install and unlock a Secret Service provider such as GNOME Keyring or KWallet to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateInstanceDialog</name>
    <message>
        <source>New instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brokers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage &amp;I/O:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubnet ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;group ID:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateResourceDialog</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Message %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset consumer offset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify consumption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace message id from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode message id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create instance…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests (path, status, request id, error)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ApiText</name>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is running and can provide services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is not running properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being unfrozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance specifications are being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance specifications failed to be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is frozen because the account balance is insufficient. Top up the account to unfreeze it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RocketMQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-node (4.8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster (4.8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-node, basic edition (5.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster, basic edition (5.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster, professional edition (5.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra-high I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (delay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used storage space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total storage space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service data address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public metadata address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public metadata domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service data address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gRPC domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public gRPC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public gRPC domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-VPC access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Eye version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing by new specifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control (ACL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production TPS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption TPS share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum message TPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL change needs a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic disk expansion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::AppOptions</name>
    <message>
        <source>Desktop console for Huawei Cloud DMS for RocketMQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in sandbox (a local emulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An mqdesk:// link to open, in the running mqdesk if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --profile cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CreateInstanceDialog</name>
    <message>
        <source>New instance in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-64: letters, digits, _ and -; starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check one or three zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading flavors and zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the flavors and zones: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 GB per broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CreateResourceDialog</name>
    <message>
        <source>New topic on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consumer group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-64: letters, digits, - and _; starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-64: letters, digits, %, |, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DataTable</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DeadLetterPanel</name>
    <message>
        <source>Dead letters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dead letters for %1: it has never had one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading dead letters failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dead letters for %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 dead letters loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n dead letter(s) to %1.</source>
        <translation>
            <numerusform>Exported %n dead letter to %1.</numerusform>
            <numerusform>Exported %n dead letters to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading dead letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all dead letters before resending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend %n dead letter(s) of %1 to their original topics?</source>
        <translation>
            <numerusform>Resend %n dead letter of %1 to their original topics?</numerusform>
            <numerusform>Resend %n dead letters of %1 to their original topics?</numerusform>
        </translation>
    </message>
    <message>
        <source>Consumers of %1 will receive them again. The copies stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent %1 of %2; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend stopped: %1. %2 of %3 were resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n dead letter(s)…</source>
        <translation>
            <numerusform>Exporting %n dead letter…</numerusform>
            <numerusform>Exporting %n dead letters…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::DetailPage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::EditResourceDialog</name>
    <message>
        <source>Edit instance “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-64: letters, digits, _ and -; starts with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit topic “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write queues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consumer group “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumption enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any address; or IPv4 addresses and ranges, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP &amp;whitelist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;topic permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;group permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current values from the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the current values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user “%1” on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details)</source>
        <translation>
            <numerusform>…and %n more change (see the details)</numerusform>
            <numerusform>…and %n more changes (see the details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ErrorBanner</name>
    <message>
        <source>Copy request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::GroupPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group subscribes to no topic yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer of this group is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the group&apos;s topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the lag of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orderly consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total lag: %1 message(s) on %n topic(s)</source>
        <translation>
            <numerusform>Total lag: %1 message(s) on %n topic</numerusform>
            <numerusform>Total lag: %1 message(s) on %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::InstancePage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No background tasks ran on this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the background tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reported no endpoints yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::KafkaResendDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent: topic %1, partition %2, offset %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, consumer key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::LinkNavigator</name>
    <message>
        <source>Cannot open the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the link: there is no profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile, instance, topic, consumer group or user on the left.

F5 refreshes · Ctrl+F filters the tree · Del deletes (with confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Session-only sign-in: secrets are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No keychain: secrets are kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock skew %1%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock differs from the service&apos;s by more than a minute. Signed requests are rejected beyond 15 minutes: correct the system clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to mqdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no connection profiles yet. Open the built-in sandbox, a local emulator with demo data, to look around? You can add a Huawei Cloud profile at any time (File ▸ New profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mqdesk — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its saved secrets from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consumer &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About mqdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance (or one of its folders) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 “%2” on %3? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n %1(s) on %2: %3? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n %1 on %2: %3? This cannot be undone.</numerusform>
            <numerusform>Delete %n %1s on %2: %3? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the instance “%1” with all its topics, consumer groups, users and messages? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About mqdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;mqdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud DMS for RocketMQ.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when mqdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project, or anything in it, to create an instance there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MessageIdDecoderWidget</name>
    <message>
        <source>Paste a message id (offset id or unique key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search around this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query the 10 minutes around the time in the id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MessageQueryPanel</name>
    <message>
        <source>Messages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id (offset id or unique key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a range and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message with this id in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages stored between %1 and %2. Widen the range or send one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match the filter, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MessageViewer</name>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify consumption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading message %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 was not found. It may have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;topic %2 · keys %3 · tags %4&lt;br&gt;stored %5 on %6 · born %7 on %8 · queue %9 offset %10 · reconsumed %11&lt;br&gt;unique key %12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show all to format as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the mqdesk:// link of this message (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MqttSendDialog</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. MsgId %1, RequestId %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MqttTreeActions</name>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT instances belong to an Alibaba Cloud profile. Add one with File ▸ New profile… and the authentication “Alibaba Cloud AccessKey”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 ▸ %2 to the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entry in mqdesk goes; nothing changes on Alibaba Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MQTT instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MQTT instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT instance ID of “%1” (e.g. post-cn-0pp12gl****):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MQTT topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic on instance %1 (a parent topic, or parent/subtopic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an MQTT message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the MQTT instance “%1” and its topics from the profile “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the MQTT topic “%1” of instance %2 from the tree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::PermissionTable</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the default topic permission applies to every topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the default group permission applies to every group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe (SUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission (DENY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and subscribe (PUB|SUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish only (PUB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe only (SUB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProfileDialog</name>
    <message>
        <source>New connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain only, one entry per secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMS endpoint must be an http(s) URL, e.g. https://dms.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project id (My Credentials ▸ API Credentials in the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the security token of the temporary AK/SK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name and the account (domain) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking IAM for the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM knows no project for this region; type the project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discover the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProfilePage</name>
    <message>
        <source>Secret key (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the system settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running (it starts when you open the sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s settings are built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMS endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain: asked for when the profile connects, kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <extracomment>%1: the secrets (Secret key (SK), Security token), %2: where they are kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator&apos;s documented demo key; nothing is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProjectPage</name>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RocketMQ instances in this project yet. Create one with New instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 GB</source>
        <extracomment>storage used / total of an instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::QueueSendDialog</name>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: the attributes must be a JSON object, e.g. {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 of 512 KB</source>
        <translation>
            <numerusform>%n message, %1 of 512 KB</numerusform>
            <numerusform>%n messages, %1 of 512 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ResetOffsetDialog</name>
    <message>
        <source>Reset consumer offset of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no offsets on %2 yet: nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no subscribed topics with offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the topics of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset consumer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 on %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offsets reset on %n queue(s). The previous offsets are in the journal.</source>
        <translation>
            <numerusform>Offsets reset on %n queue. The previous offsets are in the journal.</numerusform>
            <numerusform>Offsets reset on %n queues. The previous offsets are in the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offsets reset, but the journal could not be written (%1): note the &quot;Consumer offset&quot; column before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 on %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 queue %2: was %3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resets of %1 recorded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ResourceTreeDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SecretPromptDialog</name>
    <message>
        <source>Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you enter is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SendMessageDialog</name>
    <message>
        <source>Stopped after %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; it was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is binary; only text bodies can be sent through this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty. Type one or load a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending failed after %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id %1 · queue %2 · offset %3 · broker %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n messages; the last:</source>
        <translation>
            <numerusform>Sent %n message; the last:</numerusform>
            <numerusform>Sent %n messages; the last:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ServicesExtensions</name>
    <message>
        <source>Resend a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an MQTT message (ApsaraMQ for MQTT)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SingleInstance</name>
    <message>
        <source>Another mqdesk is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SupportActions</name>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TopicPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer group subscribes to this topic yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 read, %2 write on %n broker(s)</source>
        <translation>
            <numerusform>%1 read, %2 write on %n broker</numerusform>
            <numerusform>%1 read, %2 write on %n brokers</numerusform>
        </translation>
    </message>
    <message>
        <source>Message count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TracePanel</name>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the trace as plain text for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace records for %1. Tracing may be off for this producer or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s), %2 consumer group(s)</source>
        <translation>
            <numerusform>%1 — %n record, %2 consumer group(s)</numerusform>
            <numerusform>%1 — %n records, %2 consumer group(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trace of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TraceTimelineWidget</name>
    <message>
        <source>No trace records for this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
status %3, cost %4 ms, retry %5
client %6
request %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::UserChanges</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default topic permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default group permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key: replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic “%1”: %2 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic “%1”: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic “%1”: %2 removed (the default applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 removed (the default applies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::UserPage</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special permissions: the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (access key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White-listed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default topic permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default group permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::VerifyConsumptionDialog</name>
    <message>
        <source>Verify consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ids, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client runs its listener on each message once more, outside normal delivery: no offsets move, no retries, no trace records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the groups of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the online clients of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no online client: start a consumer, then reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group, an online client and at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deliver %n message(s) once more to %1 of %2?</source>
        <translation>
            <numerusform>Deliver %n message once more to %1 of %2?</numerusform>
            <numerusform>Deliver %n messages once more to %1 of %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s business logic runs again for each message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 consumed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KafkaResendDialog</name>
    <message>
        <source>Resend a Kafka message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: added to the message header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageQueryPanel</name>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter and show the range in UTC instead of local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an mqdesk:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains “?” or “#”: names must be percent-encoded (%3F, %23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names no profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has an empty part (“//”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has a blank part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes one name after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes a topic and a message id after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown part “%1”: expected topic, group, user, dlq or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MessageExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Any previous file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MessageIdDescription</name>
    <message>
        <source>Not a RocketMQ message id: expected 32, 34 or 56 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset message id (broker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit-log offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset ids hold no time; search by id to find the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique key (producer, v0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class-loader hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id holds milliseconds since the start of the producer&apos;s month; the time assumes the producer ran in %1 and sent within the last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique key (producer, v1 / gRPC SDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MessageQuery</name>
    <message>
        <source>No instance selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a message key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::MessageTableModel</name>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset message id %1
Unique key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue / offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::OffsetPreviewModel</name>
    <message>
        <source>%1 stays where it is on 1 queue of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays where it is on %2 queues of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will re-consume %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on 1 queue of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 queues of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These brokers share queue id %1; their offsets are summed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 re-consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset at target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset after reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ResourceTreeModel</name>
    <message>
        <source>Local project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues (DMS v1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1 — double-click to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT topic %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ResourceValidator</name>
    <message>
        <source>A topic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has 3 to 64 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, %, |, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name starts with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 7 to 64 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may contain only letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an instance name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance name starts with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance name has 4 to 64 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance name may contain only letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key has 8 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key mixes at least three of: upper-case letters, lower-case letters, digits, special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot be the user name or the user name backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic has 1 to 50 queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of retries is 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address or range (such as 10.0.0.0/8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %n broker(s) the storage is %1 to %2 GB.</source>
        <translation>
            <numerusform>With %n broker the storage is %1 to %2 GB.</numerusform>
            <numerusform>With %n brokers the storage is %1 to %2 GB.</numerusform>
        </translation>
    </message>
    <message>
        <source>This flavor has %1 to %2 brokers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or three availability zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VPC, subnet and security group IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group permission row %1 has no consumer group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic permission row %1 has no topic name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group permission row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic permission row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group “%1” is listed twice in the group permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic “%1” is listed twice in the topic permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a group permission (SUB or DENY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a topic permission (PUB|SUB, PUB, SUB or DENY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::TraceModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::TraceTimeline</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace of message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MqttSendDialog</name>
    <message>
        <source>Send an MQTT message (ApsaraMQ for MQTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-cn-0pp12gl****</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT &amp;topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TopicA/sub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the payload in &amp;Base64 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DMS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IAM for the project of this region (needs the credentials below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (&amp;domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file added to the system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::ConnectionTester</name>
    <message>
        <source>Name resolution and TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain HTTP (local endpoint, no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no Date header; not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s: fix the system clock, signed requests will be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>signed in; %n instance(s) visible in the project</source>
        <translation>
            <numerusform>signed in; %n instance visible in the project</numerusform>
            <numerusform>signed in; %n instances visible in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles::Profile</name>
    <message>
        <source>Huawei Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud (ApsaraMQ for MQTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK + security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message goes to one topic: remove the wildcards + and #.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::SandboxLauncher</name>
    <message numerus="yes">
        <source>The sandbox emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>The sandbox emulator did not report its address within %n second.</numerusform>
            <numerusform>The sandbox emulator did not report its address within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the sandbox emulator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox emulator crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox emulator exited with code %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the sandbox data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles::SessionManager</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSendDialog</name>
    <message>
        <source>Send messages to a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (text or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes (JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return message &amp;IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetOffsetDialog</name>
    <message>
        <source>Reset consumer offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset at the target is computed from the number of messages each queue stored at or after that time (store time), because the API has no &quot;offset at time&quot; call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous offsets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tag, e.g. TagA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business keys separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodies recently sent to this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body — type it, or drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Api::ApiCall</name>
    <message>
        <source>The answer is not valid JSON: %1</source>
        <translation>响应不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>Api::ApiClient</name>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Unknown operation %1.</source>
        <translation>未知操作 %1。</translation>
    </message>
    <message>
        <source>Operation %1 cannot be sent by this client.</source>
        <translation>此客户端无法发送操作 %1。</translation>
    </message>
    <message>
        <source>No endpoint is configured for this request.</source>
        <translation>此请求未配置终端节点。</translation>
    </message>
    <message>
        <source>No credentials are configured.</source>
        <translation>未配置凭据。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内无响应。</translation>
    </message>
    <message>
        <source>Could not obtain an IAM token: %1</source>
        <translation>无法获取 IAM 令牌：%1</translation>
    </message>
</context>
<context>
    <name>Api::ApiError</name>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation>无法解析的响应</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>（请求 %1）</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
</context>
<context>
    <name>Api::IamTokenCache</name>
    <message>
        <source>IAM answered without a token.</source>
        <translation>IAM 的响应中没有令牌。</translation>
    </message>
</context>
<context>
    <name>Api::Kafka::ResendRequest</name>
    <message>
        <source>Choose a topic.</source>
        <translation>请选择主题。</translation>
    </message>
    <message>
        <source>The partition must be 0 or more.</source>
        <translation>分区必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The message offset must be 0 or more.</source>
        <translation>消息位点必须大于或等于 0。</translation>
    </message>
</context>
<context>
    <name>Api::Mqtt</name>
    <message>
        <source>The account information could not be checked with the STS token.</source>
        <translation>无法使用 STS 令牌校验账号信息。</translation>
    </message>
    <message>
        <source>The instance does not exist or this account may not use it. Check the instance ID and the account that created the instance.</source>
        <translation>实例不存在，或此账号无权使用该实例。请检查实例 ID 以及创建该实例的账号。</translation>
    </message>
    <message>
        <source>A parameter is missing or invalid.</source>
        <translation>参数缺失或无效。</translation>
    </message>
    <message>
        <source>This account may not use the instance, topic or group. Check their permission settings.</source>
        <translation>此账号无权使用该实例、主题或消费组。请检查其权限设置。</translation>
    </message>
    <message>
        <source>The parameter %1 is missing or invalid.</source>
        <translation>参数 %1 缺失或无效。</translation>
    </message>
    <message>
        <source>The endpoint does not support this API (check the endpoint and region).</source>
        <translation>该终端节点不支持此 API（请检查终端节点和区域）。</translation>
    </message>
    <message>
        <source>The service could not process the request. Try again later.</source>
        <translation>服务无法处理该请求，请稍后重试。</translation>
    </message>
    <message>
        <source>The message could not be stored. Try again.</source>
        <translation>消息未能存储，请重试。</translation>
    </message>
    <message>
        <source>Too many calls: SendMessage allows 1,000 calls per second. Try again.</source>
        <translation>调用过于频繁：SendMessage 每秒最多允许 1,000 次调用，请重试。</translation>
    </message>
    <message>
        <source>The request signature was rejected: check the AccessKey secret.</source>
        <translation>请求签名被拒绝：请检查 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The AccessKey ID is not known to this endpoint.</source>
        <translation>该终端节点不识别此 AccessKey ID。</translation>
    </message>
    <message>
        <source>The request time is too far from the server&apos;s: check this computer&apos;s clock.</source>
        <translation>请求时间与服务器时间相差过大：请检查本机时钟。</translation>
    </message>
</context>
<context>
    <name>Api::Mqtt::SendRequest</name>
    <message>
        <source>Enter the instance ID.</source>
        <translation>请输入实例 ID。</translation>
    </message>
    <message>
        <source>Enter the MQTT topic.</source>
        <translation>请输入 MQTT 主题。</translation>
    </message>
    <message>
        <source>A message is sent to one topic: the wildcards # and + are not allowed.</source>
        <translation>一条消息只能发送到一个主题：不允许使用通配符 # 和 +。</translation>
    </message>
    <message>
        <source>Enter a payload.</source>
        <translation>请输入消息内容。</translation>
    </message>
</context>
<context>
    <name>Api::Operation</name>
    <message>
        <source>%1: the API version of this RPC operation is unknown.</source>
        <translation>%1：此 RPC 操作的 API 版本未知。</translation>
    </message>
    <message>
        <source>%1: the path parameter %2 is missing.</source>
        <translation>%1：缺少路径参数 %2。</translation>
    </message>
    <message>
        <source>engine must be one of %1, not &quot;%2&quot;.</source>
        <translation>engine 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is required in the body.</source>
        <translation>请求体中必须包含 %1。</translation>
    </message>
</context>
<context>
    <name>Api::OperationParam</name>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 必须是列表。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 必须是 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a single value.</source>
        <translation>%1 必须是单个值。</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;.</source>
        <translation>%1 必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 必须是整数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 必须介于 %2 和 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>%1 must be at least %2, not %3.</source>
        <translation>%1 不能小于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be at most %2, not %3.</source>
        <translation>%1 不能大于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1 must be greater than %2, not %3.</source>
        <translation>%1 必须大于 %2，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>Api::OperationTable</name>
    <message>
        <source>the operation table is not a JSON array</source>
        <translation>操作表不是 JSON 数组</translation>
    </message>
    <message>
        <source>operation %1 lacks an id, method or path</source>
        <translation>操作 %1 缺少 id、方法或路径</translation>
    </message>
</context>
<context>
    <name>Api::Pager</name>
    <message>
        <source>%1 is not a list operation.</source>
        <translation>%1 不是列表操作。</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
</context>
<context>
    <name>Api::Queues</name>
    <message>
        <source>Add at least one message.</source>
        <translation>请至少添加一条消息。</translation>
    </message>
    <message>
        <source>A maximum of %1 messages can be sent at a time; this batch has %2.</source>
        <translation>一次最多可发送 %1 条消息；此批次有 %2 条。</translation>
    </message>
    <message>
        <source>Message %1 has no body.</source>
        <translation>消息 %1 没有消息体。</translation>
    </message>
    <message>
        <source>The aggregated size of the messages cannot exceed 512 KB; this batch has %1.</source>
        <translation>消息总大小不能超过 512 KB；此批次为 %1。</translation>
    </message>
</context>
<context>
    <name>Api::RequestLog</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收量</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Auth::KeychainStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>密钥链中没有此密钥。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>访问密钥链被拒绝：%1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). Secrets can be used for this session only and will not be saved; install and unlock a Secret Service provider such as GNOME Keyring or KWallet to keep them.</source>
        <translation>没有可用的密钥链（%1）。密钥仅在本次会话中使用，不会被保存；如需保存，请安装并解锁 Secret Service 提供程序，例如 GNOME Keyring 或 KWallet。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>密钥链报告错误：%1</translation>
    </message>
</context>
<context>
    <name>CreateInstanceDialog</name>
    <message>
        <source>New instance</source>
        <translation>新建实例</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Engine &amp;version:</source>
        <translation>引擎版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>规格(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Brokers:</source>
        <translation>Broker 数(&amp;B)：</translation>
    </message>
    <message>
        <source>Storage &amp;I/O:</source>
        <translation>存储 I/O(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>存储空间(&amp;S)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Availability &amp;zones:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;VPC ID:</source>
        <translation>VPC ID(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;ubnet ID:</source>
        <translation>子网 ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Security &amp;group ID:</source>
        <translation>安全组 ID(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>CreateResourceDialog</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Queues:</source>
        <translation>队列数(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>Message &amp;type:</source>
        <translation>消息类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation>最大重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Broadcast consumption</source>
        <translation>广播消费(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>管理员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Message %1…</source>
        <translation>消息 %1…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>发送消息…</translation>
    </message>
    <message>
        <source>Reset consumer offset…</source>
        <translation>重置消费位点…</translation>
    </message>
    <message>
        <source>Verify consumption…</source>
        <translation>验证消费…</translation>
    </message>
    <message>
        <source>Trace message id from clipboard</source>
        <translation>查询剪贴板中消息 ID 的轨迹</translation>
    </message>
    <message>
        <source>Decode message id…</source>
        <translation>解析消息 ID…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Create instance…</source>
        <translation>创建实例…</translation>
    </message>
</context>
<context>
    <name>Gui::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Filter requests (path, status, request id, error)…</source>
        <translation>筛选请求（路径、状态、请求 ID、错误）…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl 命令</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>导出活动日志</translation>
    </message>
    <message>
        <source>Text files (*.tsv *.txt)</source>
        <translation>文本文件 (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Gui::ApiText</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Changing specifications</source>
        <translation>规格变更中</translation>
    </message>
    <message>
        <source>Specification change failed</source>
        <translation>规格变更失败</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Freezing</source>
        <translation>冻结中</translation>
    </message>
    <message>
        <source>Upgrading</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>回滚中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>The instance is being created.</source>
        <translation>实例正在创建。</translation>
    </message>
    <message>
        <source>The instance is running and can provide services.</source>
        <translation>实例正在运行，可以提供服务。</translation>
    </message>
    <message>
        <source>The instance is not running properly.</source>
        <translation>实例运行异常。</translation>
    </message>
    <message>
        <source>The instance is being restarted.</source>
        <translation>实例正在重启。</translation>
    </message>
    <message>
        <source>The instance is being unfrozen.</source>
        <translation>实例正在解冻。</translation>
    </message>
    <message>
        <source>The instance specifications are being changed.</source>
        <translation>实例规格正在变更。</translation>
    </message>
    <message>
        <source>The instance specifications failed to be changed.</source>
        <translation>实例规格变更失败。</translation>
    </message>
    <message>
        <source>The instance is frozen because the account balance is insufficient. Top up the account to unfreeze it.</source>
        <translation>账户余额不足，实例已被冻结。为账户充值即可解冻。</translation>
    </message>
    <message>
        <source>The instance is being frozen.</source>
        <translation>实例正在冻结。</translation>
    </message>
    <message>
        <source>The instance is being upgraded.</source>
        <translation>实例正在升级。</translation>
    </message>
    <message>
        <source>The instance is being rolled back.</source>
        <translation>实例正在回滚。</translation>
    </message>
    <message>
        <source>The instance is being deleted.</source>
        <translation>实例正在删除。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>RocketMQ</source>
        <translation>RocketMQ</translation>
    </message>
    <message>
        <source>Single-node (4.8.0)</source>
        <translation>单机（4.8.0）</translation>
    </message>
    <message>
        <source>Cluster (4.8.0)</source>
        <translation>集群（4.8.0）</translation>
    </message>
    <message>
        <source>Single-node, basic edition (5.x)</source>
        <translation>单机基础版（5.x）</translation>
    </message>
    <message>
        <source>Cluster, basic edition (5.x)</source>
        <translation>集群基础版（5.x）</translation>
    </message>
    <message>
        <source>Cluster, professional edition (5.x)</source>
        <translation>集群专业版（5.x）</translation>
    </message>
    <message>
        <source>High I/O</source>
        <translation>高 I/O</translation>
    </message>
    <message>
        <source>Ultra-high I/O</source>
        <translation>超高 I/O</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation>发布和订阅</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Ordered (FIFO)</source>
        <translation>顺序（FIFO）</translation>
    </message>
    <message>
        <source>Scheduled (delay)</source>
        <translation>定时（延时）</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance id</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>引擎版本</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例类型</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格代码</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Availability zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Storage space</source>
        <translation>存储空间</translation>
    </message>
    <message>
        <source>Used storage space</source>
        <translation>已用存储空间</translation>
    </message>
    <message>
        <source>Total storage space</source>
        <translation>总存储空间</translation>
    </message>
    <message>
        <source>Storage I/O</source>
        <translation>存储 I/O</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Billing mode</source>
        <translation>计费模式</translation>
    </message>
    <message>
        <source>Metadata address</source>
        <translation>元数据地址</translation>
    </message>
    <message>
        <source>Metadata domain name</source>
        <translation>元数据域名</translation>
    </message>
    <message>
        <source>Service data address</source>
        <translation>业务数据地址</translation>
    </message>
    <message>
        <source>Public metadata address</source>
        <translation>公网元数据地址</translation>
    </message>
    <message>
        <source>Public metadata domain name</source>
        <translation>公网元数据域名</translation>
    </message>
    <message>
        <source>Public service data address</source>
        <translation>公网业务数据地址</translation>
    </message>
    <message>
        <source>gRPC address</source>
        <translation>gRPC 地址</translation>
    </message>
    <message>
        <source>gRPC domain name</source>
        <translation>gRPC 域名</translation>
    </message>
    <message>
        <source>Public gRPC address</source>
        <translation>公网 gRPC 地址</translation>
    </message>
    <message>
        <source>Public gRPC domain name</source>
        <translation>公网 gRPC 域名</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>公网 IP 地址</translation>
    </message>
    <message>
        <source>Quota address</source>
        <translation>配额地址</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>VPC ID</translation>
    </message>
    <message>
        <source>VPC name</source>
        <translation>VPC 名称</translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>Security group name</source>
        <translation>安全组名称</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Subnet name</source>
        <translation>子网名称</translation>
    </message>
    <message>
        <source>Subnet CIDR</source>
        <translation>子网网段</translation>
    </message>
    <message>
        <source>Availability zone IDs</source>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Maintenance window start</source>
        <translation>维护时间窗开始</translation>
    </message>
    <message>
        <source>Maintenance window end</source>
        <translation>维护时间窗结束</translation>
    </message>
    <message>
        <source>Log collection</source>
        <translation>日志收集</translation>
    </message>
    <message>
        <source>Public access</source>
        <translation>公网访问</translation>
    </message>
    <message>
        <source>EIP IDs</source>
        <translation>弹性公网 IP ID</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL 加密</translation>
    </message>
    <message>
        <source>Cross-VPC access</source>
        <translation>跨 VPC 访问</translation>
    </message>
    <message>
        <source>Storage resource ID</source>
        <translation>存储资源 ID</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>Extension time</source>
        <translation>扩展时间</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6 访问</translation>
    </message>
    <message>
        <source>Supported features</source>
        <translation>支持的特性</translation>
    </message>
    <message>
        <source>Disk encryption</source>
        <translation>磁盘加密</translation>
    </message>
    <message>
        <source>Cloud Eye version</source>
        <translation>云监控版本</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Billing by new specifications</source>
        <translation>按新规格计费</translation>
    </message>
    <message>
        <source>Access control (ACL)</source>
        <translation>访问控制（ACL）</translation>
    </message>
    <message>
        <source>Domain name access</source>
        <translation>域名访问</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Resource flavor</source>
        <translation>资源规格</translation>
    </message>
    <message>
        <source>Production TPS share</source>
        <translation>生产 TPS 占比</translation>
    </message>
    <message>
        <source>Consumption TPS share</source>
        <translation>消费 TPS 占比</translation>
    </message>
    <message>
        <source>Disaster recovery</source>
        <translation>容灾</translation>
    </message>
    <message>
        <source>Maximum message TPS</source>
        <translation>最大消息 TPS</translation>
    </message>
    <message>
        <source>SSL change needs a restart</source>
        <translation>修改 SSL 需要重启</translation>
    </message>
    <message>
        <source>Security protocol</source>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>Automatic disk expansion</source>
        <translation>磁盘自动扩容</translation>
    </message>
</context>
<context>
    <name>Gui::AppOptions</name>
    <message>
        <source>Desktop console for Huawei Cloud DMS for RocketMQ.</source>
        <translation>华为云分布式消息服务 RocketMQ 版的桌面控制台。</translation>
    </message>
    <message>
        <source>Open the built-in sandbox (a local emulator).</source>
        <translation>打开内置沙箱（本地模拟器）。</translation>
    </message>
    <message>
        <source>Open the profile &lt;name&gt;.</source>
        <translation>打开配置 &lt;name&gt;。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>An mqdesk:// link to open, in the running mqdesk if there is one.</source>
        <translation>要打开的 mqdesk:// 链接；如已有 mqdesk 在运行，则在其中打开。</translation>
    </message>
    <message>
        <source>--sandbox and --profile cannot be combined.</source>
        <translation>--sandbox 与 --profile 不能同时使用。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
</context>
<context>
    <name>Gui::CreateInstanceDialog</name>
    <message>
        <source>New instance in %1</source>
        <translation>在 %1 中新建实例</translation>
    </message>
    <message>
        <source>4-64: letters, digits, _ and -; starts with a letter</source>
        <translation>4-64 个字符：字母、数字、_ 和 -；以字母开头</translation>
    </message>
    <message>
        <source>Check one or three zones.</source>
        <translation>请勾选一个或三个可用区。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Loading flavors and zones…</source>
        <translation>正在加载规格和可用区…</translation>
    </message>
    <message>
        <source>This profile is not connected.</source>
        <translation>此配置未连接。</translation>
    </message>
    <message>
        <source>Could not load the flavors and zones: %1</source>
        <translation>无法加载规格和可用区：%1</translation>
    </message>
    <message>
        <source>%1 to %2 brokers</source>
        <translation>%1 到 %2 个 Broker</translation>
    </message>
    <message>
        <source>%1 to %2 GB per broker</source>
        <translation>每个 Broker %1 到 %2 GB</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>Gui::CreateResourceDialog</name>
    <message>
        <source>New topic on %1</source>
        <translation>在 %1 上新建主题</translation>
    </message>
    <message>
        <source>New consumer group on %1</source>
        <translation>在 %1 上新建消费组</translation>
    </message>
    <message>
        <source>New user on %1</source>
        <translation>在 %1 上新建用户</translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation>发布和订阅</translation>
    </message>
    <message>
        <source>Publish only</source>
        <translation>仅发布</translation>
    </message>
    <message>
        <source>Subscribe only</source>
        <translation>仅订阅</translation>
    </message>
    <message>
        <source>7-64: letters, digits, - and _; starts with a letter</source>
        <translation>7-64 个字符：字母、数字、- 和 _；以字母开头</translation>
    </message>
    <message>
        <source>3-64: letters, digits, %, |, - and _</source>
        <translation>3-64 个字符：字母、数字、%、|、- 和 _</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>Gui::DataTable</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Gui::DeadLetterPanel</name>
    <message>
        <source>Dead letters of %1</source>
        <translation>%1 的死信</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>最近 3 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Dead letters stored in</source>
        <translation>死信存储时间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Resend selected</source>
        <translation>重发所选</translation>
    </message>
    <message>
        <source>Resend all</source>
        <translation>全部重发</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export dead letters</source>
        <translation>导出死信</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Resend cancelled.</source>
        <translation>已取消重发。</translation>
    </message>
    <message>
        <source>No dead letters for %1: it has never had one.</source>
        <translation>%1 没有死信：从未产生过死信。</translation>
    </message>
    <message>
        <source>Loading dead letters failed: %1</source>
        <translation>加载死信失败：%1</translation>
    </message>
    <message>
        <source>No dead letters for %1 in this period.</source>
        <translation>%1 在此时间段内没有死信。</translation>
    </message>
    <message>
        <source>%1 of %2 dead letters loaded.</source>
        <translation>已加载 %1 / %2 条死信。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n dead letter(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条死信导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Loading dead letters…</source>
        <translation>正在加载死信…</translation>
    </message>
    <message>
        <source>Loading all dead letters before resending…</source>
        <translation>重发前正在加载全部死信…</translation>
    </message>
    <message>
        <source>Resend dead letters</source>
        <translation>重发死信</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n dead letter(s) of %1 to their original topics?</source>
        <translation>
            <numerusform>将 %1 的 %n 条死信重发到其原主题？</numerusform>
        </translation>
    </message>
    <message>
        <source>Consumers of %1 will receive them again. The copies stay in %2.</source>
        <translation>%1 的消费者将再次收到这些消息。副本仍保留在 %2 中。</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>重发</translation>
    </message>
    <message>
        <source>Resent %1 of %2; %3 failed.</source>
        <translation>已重发 %1 / %2 条；%3 条失败。</translation>
    </message>
    <message>
        <source>Resending %1 of %2…</source>
        <translation>正在重发 %1 / %2…</translation>
    </message>
    <message>
        <source>resent</source>
        <translation>已重发</translation>
    </message>
    <message>
        <source>no answer for this message</source>
        <translation>此消息无响应</translation>
    </message>
    <message>
        <source>Resend stopped: %1. %2 of %3 were resent.</source>
        <translation>重发已停止：%1。已重发 %2 / %3 条。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n dead letter(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条死信…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>Gui::DetailPage</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>PROD</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
</context>
<context>
    <name>Gui::EditResourceDialog</name>
    <message>
        <source>Edit instance “%1”</source>
        <translation>编辑实例“%1”</translation>
    </message>
    <message>
        <source>4-64: letters, digits, _ and -; starts with a letter</source>
        <translation>4-64 个字符：字母、数字、_ 和 -；以字母开头</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Edit topic “%1” on %2</source>
        <translation>编辑 %2 上的主题“%1”</translation>
    </message>
    <message>
        <source>Publish and subscribe</source>
        <translation>发布和订阅</translation>
    </message>
    <message>
        <source>Publish only</source>
        <translation>仅发布</translation>
    </message>
    <message>
        <source>Subscribe only</source>
        <translation>仅订阅</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>权限(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Read queues:</source>
        <translation>读队列数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Write queues:</source>
        <translation>写队列数(&amp;W)：</translation>
    </message>
    <message>
        <source>Edit consumer group “%1” on %2</source>
        <translation>编辑 %2 上的消费组“%1”</translation>
    </message>
    <message>
        <source>&amp;Consumption enabled</source>
        <translation>允许消费(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Broadcast consumption</source>
        <translation>广播消费(&amp;B)</translation>
    </message>
    <message>
        <source>Maximum &amp;retries:</source>
        <translation>最大重试次数(&amp;R)：</translation>
    </message>
    <message>
        <source>Edit user “%1” on %2</source>
        <translation>编辑 %2 上的用户“%1”</translation>
    </message>
    <message>
        <source>&amp;Administrator</source>
        <translation>管理员(&amp;A)</translation>
    </message>
    <message>
        <source>Any address; or IPv4 addresses and ranges, comma-separated</source>
        <translation>任意地址；或以逗号分隔的 IPv4 地址和网段</translation>
    </message>
    <message>
        <source>IP &amp;whitelist:</source>
        <translation>IP 白名单(&amp;W)：</translation>
    </message>
    <message>
        <source>Default &amp;topic permission:</source>
        <translation>默认主题权限(&amp;T)：</translation>
    </message>
    <message>
        <source>Default &amp;group permission:</source>
        <translation>默认消费组权限(&amp;G)：</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret key</source>
        <translation>留空则保留当前密钥</translation>
    </message>
    <message>
        <source>New &amp;secret key:</source>
        <translation>新密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Not connected: open the profile first.</source>
        <translation>未连接：请先打开配置。</translation>
    </message>
    <message>
        <source>Loading the current values from the service…</source>
        <translation>正在从服务加载当前值…</translation>
    </message>
    <message>
        <source>Could not load the current values: %1</source>
        <translation>无法加载当前值：%1</translation>
    </message>
    <message>
        <source>Topic permissions:</source>
        <translation>主题权限：</translation>
    </message>
    <message>
        <source>Group permissions:</source>
        <translation>消费组权限：</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>Save user “%1”</source>
        <translation>保存用户“%1”</translation>
    </message>
    <message>
        <source>Change user “%1” on %2:</source>
        <translation>更改 %2 上的用户“%1”：</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (see the details)</source>
        <translation>
            <numerusform>…以及另外 %n 项（见详细信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Gui::ErrorBanner</name>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>Gui::GroupPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Broker offset</source>
        <translation>Broker 位点</translation>
    </message>
    <message>
        <source>Consumer offset</source>
        <translation>消费位点</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>堆积量</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>This group subscribes to no topic yet.</source>
        <translation>此消费组尚未订阅任何主题。</translation>
    </message>
    <message>
        <source>Lag per topic</source>
        <translation>各主题堆积量</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅关系</translation>
    </message>
    <message>
        <source>No consumer of this group is online.</source>
        <translation>此消费组没有在线的消费者。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Could not load the consumer group</source>
        <translation>无法加载消费组</translation>
    </message>
    <message>
        <source>Could not list the group&apos;s topics</source>
        <translation>无法列出消费组的主题</translation>
    </message>
    <message>
        <source>Could not load the lag of %1</source>
        <translation>无法加载 %1 的堆积量</translation>
    </message>
    <message>
        <source>Could not list the clients</source>
        <translation>无法列出客户端</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Consumption enabled</source>
        <translation>允许消费</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>Maximum retries</source>
        <translation>最大重试次数</translation>
    </message>
    <message>
        <source>Orderly consumption</source>
        <translation>顺序消费</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Dead-letter topic</source>
        <translation>死信主题</translation>
    </message>
    <message numerus="yes">
        <source>Total lag: %1 message(s) on %n topic(s)</source>
        <translation>
            <numerusform>总堆积：%n 个主题共 %1 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::InstancePage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>连接地址</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Node ids</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>This instance has no tags.</source>
        <translation>此实例没有标签。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No background tasks ran on this instance.</source>
        <translation>此实例上没有运行过后台任务。</translation>
    </message>
    <message>
        <source>Background tasks</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <source>Could not load the instance</source>
        <translation>无法加载实例</translation>
    </message>
    <message>
        <source>Could not list the brokers</source>
        <translation>无法列出 Broker</translation>
    </message>
    <message>
        <source>Could not list the tags</source>
        <translation>无法列出标签</translation>
    </message>
    <message>
        <source>Could not list the background tasks</source>
        <translation>无法列出后台任务</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>The service reported no endpoints yet.</source>
        <translation>服务尚未返回连接地址。</translation>
    </message>
</context>
<context>
    <name>Gui::KafkaResendDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>例如 4</translation>
    </message>
    <message>
        <source>Could not list the topics: %1</source>
        <translation>无法列出主题：%1</translation>
    </message>
    <message>
        <source>Resending…</source>
        <translation>正在重发…</translation>
    </message>
    <message>
        <source>Resent: topic %1, partition %2, offset %3%4</source>
        <translation>已重发：主题 %1，分区 %2，位点 %3%4</translation>
    </message>
    <message>
        <source>, consumer key %1</source>
        <translation>，消费者键 %1</translation>
    </message>
</context>
<context>
    <name>Gui::LinkNavigator</name>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>无法打开链接：%1</translation>
    </message>
    <message>
        <source>Cannot open the link: there is no profile “%1”.</source>
        <translation>无法打开链接：没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Select a profile, instance, topic, consumer group or user on the left.

F5 refreshes · Ctrl+F filters the tree · Del deletes (with confirmation)</source>
        <translation>请在左侧选择配置、实例、主题、消费组或用户。

F5 刷新 · Ctrl+F 筛选资源树 · Del 删除（需确认）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>⚠ Session-only sign-in: secrets are not saved</source>
        <translation>⚠ 仅本次会话登录：密钥不会被保存</translation>
    </message>
    <message>
        <source>⚠ No keychain: secrets are kept for this session only</source>
        <translation>⚠ 无密钥链：密钥仅在本次会话中保留</translation>
    </message>
    <message>
        <source>clock skew %1%2 s</source>
        <translation>时钟偏差 %1%2 秒</translation>
    </message>
    <message>
        <source>Your clock differs from the service&apos;s by more than a minute. Signed requests are rejected beyond 15 minutes: correct the system clock.</source>
        <translation>本机时钟与服务端相差超过一分钟。相差超过 15 分钟时签名请求会被拒绝：请校正系统时钟。</translation>
    </message>
    <message>
        <source>Welcome to mqdesk</source>
        <translation>欢迎使用 mqdesk</translation>
    </message>
    <message>
        <source>There are no connection profiles yet. Open the built-in sandbox, a local emulator with demo data, to look around? You can add a Huawei Cloud profile at any time (File ▸ New profile…).</source>
        <translation>还没有连接配置。要打开内置沙箱（带演示数据的本地模拟器）先看看吗？您随时可以添加华为云配置（文件 ▸ 新建配置…）。</translation>
    </message>
    <message>
        <source>Open the sandbox</source>
        <translation>打开沙箱</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n 个请求进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>未选择配置</translation>
    </message>
    <message>
        <source>mqdesk — %1 (%2)</source>
        <translation>mqdesk — %1（%2）</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate profile</source>
        <translation>复制配置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>删除配置(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its saved secrets from this computer?</source>
        <translation>从本机删除配置“%1”及其保存的密钥？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter the tree</source>
        <translation>筛选资源树(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;topic…</source>
        <translation>新建主题(&amp;T)…</translation>
    </message>
    <message>
        <source>New consumer &amp;group…</source>
        <translation>新建消费组(&amp;G)…</translation>
    </message>
    <message>
        <source>New &amp;user…</source>
        <translation>新建用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Go to the tree</source>
        <translation>转到资源树</translation>
    </message>
    <message>
        <source>Go to the page</source>
        <translation>转到详情页</translation>
    </message>
    <message>
        <source>Go to the activity log</source>
        <translation>转到活动日志</translation>
    </message>
    <message>
        <source>Next page tab</source>
        <translation>下一个页签</translation>
    </message>
    <message>
        <source>&amp;About mqdesk</source>
        <translation>关于 mqdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Select an instance (or one of its folders) first.</source>
        <translation>请先选择一个实例（或其下的文件夹）。</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>consumer group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the %1 “%2” on %3? This cannot be undone.</source>
        <translation>删除 %3 上的%1“%2”？此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n %1(s) on %2: %3? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %2 上的 %n 个%1：%3？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the instance “%1” with all its topics, consumer groups, users and messages? This cannot be undone.</source>
        <translation>删除实例“%1”及其所有主题、消费组、用户和消息？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation>删除失败：%1</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>About mqdesk</source>
        <translation>关于 mqdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mqdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for Huawei Cloud DMS for RocketMQ.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mqdesk %1&lt;/h3&gt;&lt;p&gt;华为云分布式消息服务 RocketMQ 版的桌面控制台。&lt;/p&gt;&lt;p&gt;Qt %2（编译时 %3）&lt;br&gt;QtKeychain %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when mqdesk starts again.</source>
        <translation>语言将在 mqdesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>New &amp;instance…</source>
        <translation>新建实例(&amp;I)…</translation>
    </message>
    <message>
        <source>Select a project, or anything in it, to create an instance there.</source>
        <translation>请选择一个项目（或其中的任意节点），以便在该项目中创建实例。</translation>
    </message>
</context>
<context>
    <name>Gui::MessageIdDecoderWidget</name>
    <message>
        <source>Paste a message id (offset id or unique key)</source>
        <translation>粘贴消息 ID（Offset ID 或 Unique Key）</translation>
    </message>
    <message>
        <source>Message id decoder</source>
        <translation>消息 ID 解析</translation>
    </message>
    <message>
        <source>Search around this time</source>
        <translation>按此时间附近查询</translation>
    </message>
    <message>
        <source>Query the 10 minutes around the time in the id</source>
        <translation>查询 ID 中时间前后 10 分钟内的消息</translation>
    </message>
</context>
<context>
    <name>Gui::MessageQueryPanel</name>
    <message>
        <source>Messages of %1</source>
        <translation>%1 的消息</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Export all results…</source>
        <translation>导出全部结果…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>正在导出 %1 / %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条消息导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Message key</source>
        <translation>消息 Key</translation>
    </message>
    <message>
        <source>Message id (offset id or unique key)</source>
        <translation>消息 ID（Offset ID 或 Unique Key）</translation>
    </message>
    <message>
        <source>Choose a range and search.</source>
        <translation>请选择时间范围后查询。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>No message with this id in %1.</source>
        <translation>%1 中没有此 ID 的消息。</translation>
    </message>
    <message>
        <source>No messages stored between %1 and %2. Widen the range or send one.</source>
        <translation>%1 至 %2 之间没有存储的消息。请扩大范围或发送一条消息。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 match the filter, %2</source>
        <translation>%1 条符合筛选条件，%2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>Export selected messages</source>
        <translation>导出所选消息</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>打开消息</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>Gui::MessageViewer</name>
    <message>
        <source>Trace</source>
        <translation>消息轨迹</translation>
    </message>
    <message>
        <source>Verify consumption…</source>
        <translation>验证消费…</translation>
    </message>
    <message>
        <source>Send a copy…</source>
        <translation>发送副本…</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>复制消息体</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>消息体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy properties</source>
        <translation>复制属性</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Loading message %1…</source>
        <translation>正在加载消息 %1…</translation>
    </message>
    <message>
        <source>Message %1 was not found. It may have expired.</source>
        <translation>未找到消息 %1，可能已过期。</translation>
    </message>
    <message>
        <source>Could not load the message: %1</source>
        <translation>无法加载消息：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;topic %2 · keys %3 · tags %4&lt;br&gt;stored %5 on %6 · born %7 on %8 · queue %9 offset %10 · reconsumed %11&lt;br&gt;unique key %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;主题 %2 · Key %3 · Tag %4&lt;br&gt;存储于 %5（%6）· 生产于 %7（%8）· 队列 %9 位点 %10 · 重新消费 %11 次&lt;br&gt;Unique Key %12</translation>
    </message>
    <message>
        <source>binary, %1</source>
        <translation>二进制，%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>show all to format as JSON</source>
        <translation>全部显示后才能格式化为 JSON</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>不是有效的 JSON</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the mqdesk:// link of this message (Ctrl+Shift+C)</source>
        <translation>复制此消息的 mqdesk:// 链接（Ctrl+Shift+C）</translation>
    </message>
</context>
<context>
    <name>Gui::MqttSendDialog</name>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent. MsgId %1, RequestId %2</source>
        <translation>已发送。MsgId %1，RequestId %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Gui::MqttTreeActions</name>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation>ApsaraMQ for MQTT</translation>
    </message>
    <message>
        <source>MQTT instances belong to an Alibaba Cloud profile. Add one with File ▸ New profile… and the authentication “Alibaba Cloud AccessKey”.</source>
        <translation>MQTT 实例属于阿里云配置。请通过 文件 ▸ 新建配置… 并选择认证方式“阿里云 AccessKey”来添加。</translation>
    </message>
    <message>
        <source>Added %1 ▸ %2 to the tree.</source>
        <translation>已将 %1 ▸ %2 添加到资源树。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Remove from the tree</source>
        <translation>从资源树中移除</translation>
    </message>
    <message>
        <source>Only the entry in mqdesk goes; nothing changes on Alibaba Cloud.</source>
        <translation>只移除 mqdesk 中的条目；阿里云上不做任何更改。</translation>
    </message>
    <message>
        <source>Add MQTT instance…</source>
        <translation>添加 MQTT 实例…</translation>
    </message>
    <message>
        <source>Add MQTT instance</source>
        <translation>添加 MQTT 实例</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT instance ID of “%1” (e.g. post-cn-0pp12gl****):</source>
        <translation>“%1”的 ApsaraMQ for MQTT 实例 ID（例如 post-cn-0pp12gl****）：</translation>
    </message>
    <message>
        <source>Add topic…</source>
        <translation>添加主题…</translation>
    </message>
    <message>
        <source>Add MQTT topic</source>
        <translation>添加 MQTT 主题</translation>
    </message>
    <message>
        <source>Topic on instance %1 (a parent topic, or parent/subtopic):</source>
        <translation>实例 %1 上的主题（父主题，或 父主题/子主题）：</translation>
    </message>
    <message>
        <source>Send an MQTT message…</source>
        <translation>发送 MQTT 消息…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the MQTT instance “%1” and its topics from the profile “%2”?</source>
        <translation>从配置“%2”中移除 MQTT 实例“%1”及其主题？</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>移除实例</translation>
    </message>
    <message>
        <source>Remove the MQTT topic “%1” of instance %2 from the tree?</source>
        <translation>从资源树中移除实例 %2 的 MQTT 主题“%1”？</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>移除主题</translation>
    </message>
</context>
<context>
    <name>Gui::PermissionTable</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加消费组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>None: the default topic permission applies to every topic.</source>
        <translation>无：默认主题权限适用于所有主题。</translation>
    </message>
    <message>
        <source>None: the default group permission applies to every group.</source>
        <translation>无：默认消费组权限适用于所有消费组。</translation>
    </message>
    <message>
        <source>Subscribe (SUB)</source>
        <translation>订阅（SUB）</translation>
    </message>
    <message>
        <source>No permission (DENY)</source>
        <translation>无权限（DENY）</translation>
    </message>
    <message>
        <source>Publish and subscribe (PUB|SUB)</source>
        <translation>发布和订阅（PUB|SUB）</translation>
    </message>
    <message>
        <source>Publish only (PUB)</source>
        <translation>仅发布（PUB）</translation>
    </message>
    <message>
        <source>Subscribe only (SUB)</source>
        <translation>仅订阅（SUB）</translation>
    </message>
</context>
<context>
    <name>Gui::ProfileDialog</name>
    <message>
        <source>New connection profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>Edit profile “%1”</source>
        <translation>编辑配置“%1”</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>saved in the keychain; leave empty to keep</source>
        <translation>已保存在密钥链中；留空则保持不变</translation>
    </message>
    <message>
        <source>Secrets are stored in the system keychain only, one entry per secret.</source>
        <translation>密钥只保存在系统密钥链中，每个密钥一个条目。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>已有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The DMS endpoint must be an http(s) URL, e.g. https://dms.cn-north-4.myhuaweicloud.com.</source>
        <translation>DMS 终端节点必须是 http(s) URL，例如 https://dms.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>Enter the project id (My Credentials ▸ API Credentials in the console).</source>
        <translation>请输入项目 ID（控制台中的 我的凭证 ▸ API 凭证）。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥（AK）。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary AK/SK.</source>
        <translation>请输入临时 AK/SK 的安全令牌。</translation>
    </message>
    <message>
        <source>Enter the IAM user name and the account (domain) name.</source>
        <translation>请输入 IAM 用户名和账号名（域名）。</translation>
    </message>
    <message>
        <source>Enter the IAM user&apos;s password.</source>
        <translation>请输入 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>Asking IAM for the project…</source>
        <translation>正在向 IAM 查询项目…</translation>
    </message>
    <message>
        <source>IAM knows no project for this region; type the project id.</source>
        <translation>IAM 中没有此区域的项目；请手动输入项目 ID。</translation>
    </message>
    <message>
        <source>Could not discover the project: %1</source>
        <translation>无法获取项目：%1</translation>
    </message>
</context>
<context>
    <name>Gui::ProfilePage</name>
    <message>
        <source>Secret key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>None (direct connection)</source>
        <translation>无（直接连接）</translation>
    </message>
    <message>
        <source>%1, from the system settings</source>
        <translation>%1，来自系统设置</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Not running (it starts when you open the sandbox)</source>
        <translation>未运行（打开沙箱时启动）</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>编辑配置…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>This profile was removed.</source>
        <translation>此配置已被删除。</translation>
    </message>
    <message>
        <source>The sandbox&apos;s settings are built in.</source>
        <translation>沙箱的设置是内置的。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>OpenAPI endpoint</source>
        <translation>OpenAPI 终端节点</translation>
    </message>
    <message>
        <source>DMS endpoint</source>
        <translation>DMS 终端节点</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>IAM user</source>
        <translation>IAM 用户</translation>
    </message>
    <message>
        <source>Account (domain)</source>
        <translation>账号（域）</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>kept for this session only (not saved)</source>
        <translation>仅在本次会话中保留（不保存）</translation>
    </message>
    <message>
        <source>no keychain: asked for when the profile connects, kept for this session only</source>
        <translation>无密钥链：连接配置时询问，仅在本次会话中保留</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>保存在系统密钥链中</translation>
    </message>
    <message>
        <source>Secrets</source>
        <extracomment>%1: the secrets (Secret key (SK), Security token), %2: where they are kept</extracomment>
        <translation>密钥</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Emulator URL</source>
        <translation>模拟器 URL</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The emulator&apos;s documented demo key; nothing is stored</source>
        <translation>模拟器文档中公开的演示密钥；不保存任何内容</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>正在打开配置…</translation>
    </message>
    <message>
        <source>Could not open the profile: %1</source>
        <translation>无法打开配置：%1</translation>
    </message>
</context>
<context>
    <name>Gui::ProjectPage</name>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Local (sandbox)</source>
        <translation>本地（沙箱）</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>New instance…</source>
        <translation>新建实例…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Storage used / total</source>
        <translation>已用 / 总存储</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>No RocketMQ instances in this project yet. Create one with New instance…</source>
        <translation>此项目中还没有 RocketMQ 实例。可使用“新建实例…”创建。</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the instance</source>
        <translation>双击或按 Enter 打开实例</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Loading the instances…</source>
        <translation>正在加载实例…</translation>
    </message>
    <message>
        <source>Could not list the instances</source>
        <translation>无法列出实例</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 GB</source>
        <extracomment>storage used / total of an instance</extracomment>
        <translation>%1 / %2 GB</translation>
    </message>
</context>
<context>
    <name>Gui::QueueSendDialog</name>
    <message>
        <source>Queue %1</source>
        <translation>队列 %1</translation>
    </message>
    <message>
        <source>Message %1: the attributes must be a JSON object, e.g. {&quot;name&quot;: &quot;value&quot;}.</source>
        <translation>消息 %1：属性必须是 JSON 对象，例如 {&quot;name&quot;: &quot;value&quot;}。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 of 512 KB</source>
        <translation>
            <numerusform>%n 条消息，%1 / 512 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何消息：%1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (error code %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
</context>
<context>
    <name>Gui::ResetOffsetDialog</name>
    <message>
        <source>Reset consumer offset of %1</source>
        <translation>重置 %1 的消费位点</translation>
    </message>
    <message>
        <source>%1 has no offsets on %2 yet: nothing to reset.</source>
        <translation>%1 在 %2 上还没有消费位点：无需重置。</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <source>%1 has no subscribed topics with offsets.</source>
        <translation>%1 没有带消费位点的已订阅主题。</translation>
    </message>
    <message>
        <source>Could not list the topics of %1: %2</source>
        <translation>无法列出 %1 的主题：%2</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>正在计算预览…</translation>
    </message>
    <message>
        <source>Reset consumer offset</source>
        <translation>重置消费位点</translation>
    </message>
    <message>
        <source>Reset %1 on %2 to %3?</source>
        <translation>将 %1 在 %2 上的消费位点重置到 %3？</translation>
    </message>
    <message>
        <source>the earliest message</source>
        <translation>最早的消息</translation>
    </message>
    <message>
        <source>Reset offset</source>
        <translation>重置位点</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>正在重置…</translation>
    </message>
    <message numerus="yes">
        <source>Offsets reset on %n queue(s). The previous offsets are in the journal.</source>
        <translation>
            <numerusform>已重置 %n 个队列的消费位点。原位点已记录在日志中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offsets reset, but the journal could not be written (%1): note the &quot;Consumer offset&quot; column before closing.</source>
        <translation>消费位点已重置，但无法写入日志（%1）：关闭前请记下“消费位点”列。</translation>
    </message>
    <message>
        <source>The reset failed: %1</source>
        <translation>重置失败：%1</translation>
    </message>
    <message>
        <source>%1  %2 on %3 → %4</source>
        <translation>%1  %2（%3）→ %4</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>    %1 queue %2: was %3, now %4</source>
        <translation>    %1 队列 %2：原为 %3，现为 %4</translation>
    </message>
    <message>
        <source>No resets of %1 recorded on this computer.</source>
        <translation>本机没有 %1 的重置记录。</translation>
    </message>
</context>
<context>
    <name>Gui::ResourceTreeDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Gui::SecretPromptDialog</name>
    <message>
        <source>Secret key (SK):</source>
        <translation>秘密访问密钥（SK）：</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Sign in to “%1”</source>
        <translation>登录“%1”</translation>
    </message>
    <message>
        <source>What you enter is kept in memory for this session only.</source>
        <translation>输入的内容仅在本次会话中保存在内存里。</translation>
    </message>
</context>
<context>
    <name>Gui::SendMessageDialog</name>
    <message>
        <source>Stopped after %1 of %2.</source>
        <translation>已在 %1 / %2 后停止。</translation>
    </message>
    <message>
        <source>Load message body</source>
        <translation>加载消息体</translation>
    </message>
    <message>
        <source>%1 is larger than %2; it was not loaded.</source>
        <translation>%1 大于 %2，未加载。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is binary; only text bodies can be sent through this API.</source>
        <translation>%1 是二进制文件；此 API 只能发送文本消息体。</translation>
    </message>
    <message>
        <source>Loaded %1 (%2, %3).</source>
        <translation>已加载 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>✓ valid JSON</source>
        <translation>✓ 有效的 JSON</translation>
    </message>
    <message>
        <source>✗ not valid JSON</source>
        <translation>✗ 无效的 JSON</translation>
    </message>
    <message>
        <source>Recent bodies…</source>
        <translation>最近的消息体…</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>请选择主题。</translation>
    </message>
    <message>
        <source>The body is empty. Type one or load a file.</source>
        <translation>消息体为空。请输入内容或加载文件。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>正在发送 %1 / %2…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Sending failed after %1 of %2: %3</source>
        <translation>发送 %1 / %2 后失败：%3</translation>
    </message>
    <message>
        <source>Message id %1 · queue %2 · offset %3 · broker %4</source>
        <translation>消息 ID %1 · 队列 %2 · 位点 %3 · Broker %4</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n messages; the last:</source>
        <translation>
            <numerusform>已发送 %n 条消息；最后一条：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ServicesExtensions</name>
    <message>
        <source>Resend a message…</source>
        <translation>重发消息…</translation>
    </message>
    <message>
        <source>Send messages…</source>
        <translation>发送消息…</translation>
    </message>
    <message>
        <source>Send an MQTT message (ApsaraMQ for MQTT)…</source>
        <translation>发送 MQTT 消息（ApsaraMQ for MQTT）…</translation>
    </message>
</context>
<context>
    <name>Gui::SingleInstance</name>
    <message>
        <source>Another mqdesk is running.</source>
        <translation>已有另一个 mqdesk 在运行。</translation>
    </message>
</context>
<context>
    <name>Gui::SupportActions</name>
    <message>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>Send a copy of %1</source>
        <translation>发送 %1 的副本</translation>
    </message>
</context>
<context>
    <name>Gui::TopicPage</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Min offset</source>
        <translation>最小位点</translation>
    </message>
    <message>
        <source>Max offset</source>
        <translation>最大位点</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最新消息</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>No consumer group subscribes to this topic yet.</source>
        <translation>还没有消费组订阅此主题。</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Could not load the topic</source>
        <translation>无法加载主题</translation>
    </message>
    <message>
        <source>Could not load the queues</source>
        <translation>无法加载队列</translation>
    </message>
    <message>
        <source>Could not list the consumer groups</source>
        <translation>无法列出消费组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message numerus="yes">
        <source>%1 read, %2 write on %n broker(s)</source>
        <translation>
            <numerusform>%n 个 Broker 上 %1 个读队列、%2 个写队列</numerusform>
        </translation>
    </message>
    <message>
        <source>Message count</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>Gui::TracePanel</name>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy the trace as plain text for a ticket</source>
        <translation>将消息轨迹复制为纯文本（用于工单）</translation>
    </message>
    <message>
        <source>No trace records for %1. Tracing may be off for this producer or group.</source>
        <translation>%1 没有轨迹记录。该生产者或消费组可能未开启消息轨迹。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s), %2 consumer group(s)</source>
        <translation>
            <numerusform>%1 — %n 条记录，%2 个消费组</numerusform>
        </translation>
    </message>
    <message>
        <source>The trace query failed: %1</source>
        <translation>消息轨迹查询失败：%1</translation>
    </message>
    <message>
        <source>Trace of %1</source>
        <translation>%1 的消息轨迹</translation>
    </message>
    <message>
        <source>Loading the trace of %1…</source>
        <translation>正在加载 %1 的消息轨迹…</translation>
    </message>
</context>
<context>
    <name>Gui::TraceTimelineWidget</name>
    <message>
        <source>No trace records for this message.</source>
        <translation>此消息没有轨迹记录。</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>重试 %1</translation>
    </message>
    <message>
        <source>%1 · %2
status %3, cost %4 ms, retry %5
client %6
request %7</source>
        <translation>%1 · %2
状态 %3，耗时 %4 毫秒，重试 %5
客户端 %6
请求 %7</translation>
    </message>
</context>
<context>
    <name>Gui::UserChanges</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Administrator: %1 → %2</source>
        <translation>管理员：%1 → %2</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>任意地址</translation>
    </message>
    <message>
        <source>IP whitelist: %1 → %2</source>
        <translation>IP 白名单：%1 → %2</translation>
    </message>
    <message>
        <source>Default topic permission</source>
        <translation>默认主题权限</translation>
    </message>
    <message>
        <source>Default group permission</source>
        <translation>默认消费组权限</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Secret key: replaced</source>
        <translation>密钥：已更换</translation>
    </message>
    <message>
        <source>Topic “%1”: %2 (new)</source>
        <translation>主题“%1”：%2（新增）</translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 (new)</source>
        <translation>消费组“%1”：%2（新增）</translation>
    </message>
    <message>
        <source>Topic “%1”: %2 → %3</source>
        <translation>主题“%1”：%2 → %3</translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 → %3</source>
        <translation>消费组“%1”：%2 → %3</translation>
    </message>
    <message>
        <source>Topic “%1”: %2 removed (the default applies)</source>
        <translation>主题“%1”：已移除 %2（适用默认权限）</translation>
    </message>
    <message>
        <source>Consumer group “%1”: %2 removed (the default applies)</source>
        <translation>消费组“%1”：已移除 %2（适用默认权限）</translation>
    </message>
</context>
<context>
    <name>Gui::UserPage</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>No special permissions: the defaults apply.</source>
        <translation>没有特殊权限：使用默认权限。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Could not load the user</source>
        <translation>无法加载用户</translation>
    </message>
    <message>
        <source>User name (access key)</source>
        <translation>用户名（访问密钥）</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>White-listed addresses</source>
        <translation>白名单地址</translation>
    </message>
    <message>
        <source>Default topic permission</source>
        <translation>默认主题权限</translation>
    </message>
    <message>
        <source>Default group permission</source>
        <translation>默认消费组权限</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>消费组</translation>
    </message>
</context>
<context>
    <name>Gui::VerifyConsumptionDialog</name>
    <message>
        <source>Verify consumption</source>
        <translation>验证消费</translation>
    </message>
    <message>
        <source>Consumer &amp;group</source>
        <translation>消费组(&amp;G)</translation>
    </message>
    <message>
        <source>Online &amp;client</source>
        <translation>在线客户端(&amp;C)</translation>
    </message>
    <message>
        <source>Message ids, one per line</source>
        <translation>消息 ID，每行一个</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>The client runs its listener on each message once more, outside normal delivery: no offsets move, no retries, no trace records.</source>
        <translation>客户端会在正常投递之外对每条消息再执行一次监听器：消费位点不变，不重试，不产生轨迹记录。</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Could not list the groups of %1: %2</source>
        <translation>无法列出 %1 的消费组：%2</translation>
    </message>
    <message>
        <source>Loading the online clients of %1…</source>
        <translation>正在加载 %1 的在线客户端…</translation>
    </message>
    <message>
        <source>%1 has no online client: start a consumer, then reopen.</source>
        <translation>%1 没有在线客户端：请启动消费者后重新打开。</translation>
    </message>
    <message>
        <source>Could not list the clients: %1</source>
        <translation>无法列出客户端：%1</translation>
    </message>
    <message>
        <source>Choose a group, an online client and at least one message.</source>
        <translation>请选择消费组、在线客户端和至少一条消息。</translation>
    </message>
    <message numerus="yes">
        <source>Deliver %n message(s) once more to %1 of %2?</source>
        <translation>
            <numerusform>将 %n 条消息再次投递给 %2 的 %1？</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s business logic runs again for each message.</source>
        <translation>客户端的业务逻辑会对每条消息再执行一次。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 %2</source>
        <translation>✗ %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 consumed successfully.</source>
        <translation>%1 / %2 条消费成功。</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
</context>
<context>
    <name>KafkaResendDialog</name>
    <message>
        <source>Resend a Kafka message</source>
        <translation>重发 Kafka 消息</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>分区(&amp;P)</translation>
    </message>
    <message>
        <source>Message &amp;offset</source>
        <translation>消息位点(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Consumer key</source>
        <translation>消费者键(&amp;C)</translation>
    </message>
    <message>
        <source>optional: added to the message header</source>
        <translation>可选：添加到消息头</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>重发(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MessageQueryPanel</name>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>最近 3 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Enter and show the range in UTC instead of local time</source>
        <translation>以 UTC（而非本地时间）输入和显示时间范围</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Filter results…</source>
        <translation>筛选结果…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Models::DeepLink</name>
    <message>
        <source>The link is empty.</source>
        <translation>链接为空。</translation>
    </message>
    <message>
        <source>“%1” is not an mqdesk:// link.</source>
        <translation>“%1”不是 mqdesk:// 链接。</translation>
    </message>
    <message>
        <source>The link contains “?” or “#”: names must be percent-encoded (%3F, %23).</source>
        <translation>链接中含有“?”或“#”：名称必须进行百分号编码（%3F、%23）。</translation>
    </message>
    <message>
        <source>The link names no profile.</source>
        <translation>链接中没有配置名。</translation>
    </message>
    <message>
        <source>The link has an empty part (“//”).</source>
        <translation>链接中有空的部分（“//”）。</translation>
    </message>
    <message>
        <source>The link has a blank part.</source>
        <translation>链接中有空白的部分。</translation>
    </message>
    <message>
        <source>“%1” takes one name after it.</source>
        <translation>“%1”后面需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” takes a topic and a message id after it.</source>
        <translation>“%1”后面需要一个主题和一个消息 ID。</translation>
    </message>
    <message>
        <source>Unknown part “%1”: expected topic, group, user, dlq or message.</source>
        <translation>未知的部分“%1”：应为 topic、group、user、dlq 或 message。</translation>
    </message>
    <message>
        <source>This node has no link.</source>
        <translation>此节点没有链接。</translation>
    </message>
</context>
<context>
    <name>Models::MessageExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>导出已停止：%1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2. Any previous file was kept.</source>
        <translation>无法保存 %1：%2。原有文件已保留。</translation>
    </message>
</context>
<context>
    <name>Models::MessageIdDescription</name>
    <message>
        <source>Not a RocketMQ message id: expected 32, 34 or 56 hexadecimal characters.</source>
        <translation>不是 RocketMQ 消息 ID：应为 32、34 或 56 个十六进制字符。</translation>
    </message>
    <message>
        <source>Offset message id (broker)</source>
        <translation>Offset 消息 ID（Broker）</translation>
    </message>
    <message>
        <source>Store host</source>
        <translation>存储主机</translation>
    </message>
    <message>
        <source>Commit-log offset</source>
        <translation>CommitLog 位点</translation>
    </message>
    <message>
        <source>Offset ids hold no time; search by id to find the message.</source>
        <translation>Offset ID 不含时间信息；请按 ID 查询消息。</translation>
    </message>
    <message>
        <source>Unique key (producer, v0)</source>
        <translation>Unique Key（生产者，v0）</translation>
    </message>
    <message>
        <source>Producer IP</source>
        <translation>生产者 IP</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Class-loader hash</source>
        <translation>类加载器哈希</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>The id holds milliseconds since the start of the producer&apos;s month; the time assumes the producer ran in %1 and sent within the last month.</source>
        <translation>该 ID 记录的是自生产者所在月份开始以来的毫秒数；此时间假定生产者运行在 %1，且在最近一个月内发送。</translation>
    </message>
    <message>
        <source>Unique key (producer, v1 / gRPC SDK)</source>
        <translation>Unique Key（生产者，v1 / gRPC SDK）</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列号</translation>
    </message>
</context>
<context>
    <name>Models::MessageQuery</name>
    <message>
        <source>No instance selected.</source>
        <translation>未选择实例。</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>请选择主题。</translation>
    </message>
    <message>
        <source>Enter a message id.</source>
        <translation>请输入消息 ID。</translation>
    </message>
    <message>
        <source>Enter a message key.</source>
        <translation>请输入消息 Key。</translation>
    </message>
    <message>
        <source>The end of the time range must be after its start.</source>
        <translation>时间范围的结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>Models::MessageTableModel</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Offset message id %1
Unique key %2</source>
        <translation>Offset 消息 ID %1
Unique Key %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Store time</source>
        <translation>存储时间</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Queue / offset</source>
        <translation>队列 / 位点</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reconsumed</source>
        <translation>重新消费次数</translation>
    </message>
    <message>
        <source>Original topic</source>
        <translation>原主题</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>消息体</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Models::OffsetPreviewModel</name>
    <message>
        <source>%1 stays where it is on 1 queue of %2.</source>
        <translation>%1 在 %2 的 1 个队列上保持不变。</translation>
    </message>
    <message>
        <source>%1 stays where it is on %2 queues of %3.</source>
        <translation>%1 在 %3 的 %2 个队列上保持不变。</translation>
    </message>
    <message>
        <source>%1 will re-consume %2 messages</source>
        <translation>%1 将重新消费 %2 条消息</translation>
    </message>
    <message>
        <source>skip %1 messages</source>
        <translation>跳过 %1 条消息</translation>
    </message>
    <message>
        <source>%1 will %2</source>
        <translation>%1 将%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1，并%2</translation>
    </message>
    <message>
        <source>%1 on 1 queue of %2.</source>
        <translation>%1（%2 的 1 个队列）。</translation>
    </message>
    <message>
        <source>%1 on %2 queues of %3.</source>
        <translation>%1（%3 的 %2 个队列）。</translation>
    </message>
    <message>
        <source>These brokers share queue id %1; their offsets are summed.</source>
        <translation>这些 Broker 共用队列 ID %1；其位点已合计。</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>+%1 re-consumed</source>
        <translation>+%1 重新消费</translation>
    </message>
    <message>
        <source>−%1 skipped</source>
        <translation>−%1 跳过</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Consumer offset</source>
        <translation>消费位点</translation>
    </message>
    <message>
        <source>Max offset</source>
        <translation>最大位点</translation>
    </message>
    <message>
        <source>Offset at target</source>
        <translation>目标时间的位点</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Offset after reset</source>
        <translation>重置后的位点</translation>
    </message>
</context>
<context>
    <name>Models::ResourceTreeModel</name>
    <message>
        <source>Local project</source>
        <translation>本地项目</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1（项目）</translation>
    </message>
    <message>
        <source>Kafka instances</source>
        <translation>Kafka 实例</translation>
    </message>
    <message>
        <source>Queues (DMS v1.0)</source>
        <translation>队列（DMS v1.0）</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Consumer groups</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading… %1 of %2</source>
        <translation>正在加载… %1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load: %1 — double-click to retry</source>
        <translation>加载失败：%1 — 双击重试</translation>
    </message>
    <message>
        <source>Dead letters (%1)</source>
        <translation>死信（%1）</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT instance %1</source>
        <translation>ApsaraMQ for MQTT 实例 %1</translation>
    </message>
    <message>
        <source>MQTT topic %1 on %2</source>
        <translation>%2 上的 MQTT 主题 %1</translation>
    </message>
</context>
<context>
    <name>Models::ResourceValidator</name>
    <message>
        <source>A topic name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>A consumer group name</source>
        <translation>消费组名称</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>%1 has 3 to 64 characters (this one has %2).</source>
        <translation>%1 的长度为 3 到 64 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <source>%1 may contain only letters, digits, %, |, - and _.</source>
        <translation>%1 只能包含字母、数字、%、|、- 和 _。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name starts with a letter.</source>
        <translation>用户名必须以字母开头。</translation>
    </message>
    <message>
        <source>A user name has 7 to 64 characters (this one has %1).</source>
        <translation>用户名的长度为 7 到 64 个字符（当前为 %1 个）。</translation>
    </message>
    <message>
        <source>A user name may contain only letters, digits, - and _.</source>
        <translation>用户名只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>Enter an instance name.</source>
        <translation>请输入实例名称。</translation>
    </message>
    <message>
        <source>An instance name starts with a letter.</source>
        <translation>实例名称必须以字母开头。</translation>
    </message>
    <message>
        <source>An instance name has 4 to 64 characters (this one has %1).</source>
        <translation>实例名称的长度为 4 到 64 个字符（当前为 %1 个）。</translation>
    </message>
    <message>
        <source>An instance name may contain only letters, digits, _ and -.</source>
        <translation>实例名称只能包含字母、数字、_ 和 -。</translation>
    </message>
    <message>
        <source>The secret key has 8 to 32 characters.</source>
        <translation>密钥的长度为 8 到 32 个字符。</translation>
    </message>
    <message>
        <source>The secret key mixes at least three of: upper-case letters, lower-case letters, digits, special characters.</source>
        <translation>密钥至少包含以下四类中的三类：大写字母、小写字母、数字、特殊字符。</translation>
    </message>
    <message>
        <source>The secret key cannot be the user name or the user name backwards.</source>
        <translation>密钥不能与用户名相同，也不能是用户名的倒序。</translation>
    </message>
    <message>
        <source>A topic has 1 to 50 queues.</source>
        <translation>主题的队列数为 1 到 50。</translation>
    </message>
    <message>
        <source>The maximum number of retries is 1 to 16.</source>
        <translation>最大重试次数为 1 到 16。</translation>
    </message>
    <message>
        <source>A description has at most 200 characters.</source>
        <translation>描述最多 200 个字符。</translation>
    </message>
    <message>
        <source>A description has at most 1024 characters.</source>
        <translation>描述最多 1024 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address or range (such as 10.0.0.0/8).</source>
        <translation>“%1”不是 IPv4 地址或网段（例如 10.0.0.0/8）。</translation>
    </message>
    <message numerus="yes">
        <source>With %n broker(s) the storage is %1 to %2 GB.</source>
        <translation>
            <numerusform>%n 个 Broker 时存储空间为 %1 到 %2 GB。</numerusform>
        </translation>
    </message>
    <message>
        <source>This flavor has %1 to %2 brokers.</source>
        <translation>此规格有 %1 到 %2 个 Broker。</translation>
    </message>
    <message>
        <source>Choose one or three availability zones.</source>
        <translation>请选择一个或三个可用区。</translation>
    </message>
    <message>
        <source>Enter the VPC, subnet and security group IDs.</source>
        <translation>请输入 VPC、子网和安全组 ID。</translation>
    </message>
    <message>
        <source>Group permission row %1 has no consumer group name.</source>
        <translation>消费组权限第 %1 行没有消费组名称。</translation>
    </message>
    <message>
        <source>Topic permission row %1 has no topic name.</source>
        <translation>主题权限第 %1 行没有主题名称。</translation>
    </message>
    <message>
        <source>Group permission row %1: %2</source>
        <translation>消费组权限第 %1 行：%2</translation>
    </message>
    <message>
        <source>Topic permission row %1: %2</source>
        <translation>主题权限第 %1 行：%2</translation>
    </message>
    <message>
        <source>Consumer group “%1” is listed twice in the group permissions.</source>
        <translation>消费组“%1”在消费组权限中列出了两次。</translation>
    </message>
    <message>
        <source>Topic “%1” is listed twice in the topic permissions.</source>
        <translation>主题“%1”在主题权限中列出了两次。</translation>
    </message>
    <message>
        <source>“%1” is not a group permission (SUB or DENY).</source>
        <translation>“%1”不是有效的消费组权限（SUB 或 DENY）。</translation>
    </message>
    <message>
        <source>“%1” is not a topic permission (PUB|SUB, PUB, SUB or DENY).</source>
        <translation>“%1”不是有效的主题权限（PUB|SUB、PUB、SUB 或 DENY）。</translation>
    </message>
</context>
<context>
    <name>Models::TraceModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cost (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Client host</source>
        <translation>客户端主机</translation>
    </message>
    <message>
        <source>Store host</source>
        <translation>存储主机</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>Models::TraceTimeline</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Trace of message %1</source>
        <translation>消息 %1 的轨迹</translation>
    </message>
    <message>
        <source>No trace records.</source>
        <translation>没有轨迹记录。</translation>
    </message>
</context>
<context>
    <name>MqttSendDialog</name>
    <message>
        <source>Send an MQTT message (ApsaraMQ for MQTT)</source>
        <translation>发送 MQTT 消息（ApsaraMQ for MQTT）</translation>
    </message>
    <message>
        <source>&amp;Instance ID</source>
        <translation>实例 ID(&amp;I)</translation>
    </message>
    <message>
        <source>post-cn-0pp12gl****</source>
        <translation>post-cn-0pp12gl****</translation>
    </message>
    <message>
        <source>MQTT &amp;topic</source>
        <translation>MQTT 主题(&amp;T)</translation>
    </message>
    <message>
        <source>TopicA/sub</source>
        <translation>TopicA/sub</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>消息内容(&amp;P)</translation>
    </message>
    <message>
        <source>Encode the payload in &amp;Base64 (recommended)</source>
        <translation>以 &amp;Base64 编码消息内容（推荐）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;DMS endpoint:</source>
        <translation>DMS 终端节点(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;iscover</source>
        <translation>获取(&amp;I)</translation>
    </message>
    <message>
        <source>Ask IAM for the project of this region (needs the credentials below)</source>
        <translation>向 IAM 查询此区域的项目（需要下方的凭据）</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥 SK(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Account (&amp;domain):</source>
        <translation>账号名(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;CA bundle (optional):</source>
        <translation>CA 证书包（可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>PEM file added to the system certificates</source>
        <translation>追加到系统证书的 PEM 文件</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Profiles::ConnectionTester</name>
    <message>
        <source>Name resolution and TCP</source>
        <translation>域名解析和 TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation>%1 在 %2 毫秒内响应</translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2</source>
        <translation>%1 的证书，颁发者 %2</translation>
    </message>
    <message>
        <source>plain HTTP (local endpoint, no TLS)</source>
        <translation>明文 HTTP（本地终端节点，无 TLS）</translation>
    </message>
    <message>
        <source>the server sent no Date header; not checked</source>
        <translation>服务器未返回 Date 头；未检查</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 s: fix the system clock, signed requests will be rejected</source>
        <translation>%1 秒：请校正系统时钟，否则签名请求将被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>signed in; %n instance(s) visible in the project</source>
        <translation>
            <numerusform>已登录；项目中可见 %n 个实例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profiles::Profile</name>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation>沙箱（本地模拟器）</translation>
    </message>
    <message>
        <source>Alibaba Cloud (ApsaraMQ for MQTT)</source>
        <translation>阿里云（ApsaraMQ for MQTT）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Temporary AK/SK + security token</source>
        <translation>临时 AK/SK + 安全令牌</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey</source>
        <translation>阿里云 AccessKey</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>The %1 is longer than 128 characters.</source>
        <translation>%1超过 128 个字符。</translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation>%1不能包含空格。</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>A message goes to one topic: remove the wildcards + and #.</source>
        <translation>一条消息只能发送到一个主题：请删除通配符 + 和 #。</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>（副本）</translation>
    </message>
</context>
<context>
    <name>Profiles::SandboxLauncher</name>
    <message numerus="yes">
        <source>The sandbox emulator did not report its address within %n second(s).</source>
        <translation>
            <numerusform>沙箱模拟器在 %n 秒内未报告其地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the sandbox emulator %1: %2</source>
        <translation>无法启动沙箱模拟器 %1：%2</translation>
    </message>
    <message>
        <source>The sandbox emulator crashed.</source>
        <translation>沙箱模拟器崩溃了。</translation>
    </message>
    <message>
        <source>The sandbox emulator exited with code %1. %2</source>
        <translation>沙箱模拟器已退出，退出码 %1。%2</translation>
    </message>
    <message>
        <source>Could not create the sandbox data folder %1.</source>
        <translation>无法创建沙箱数据文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Profiles::SessionManager</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>该配置已不存在。</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>已取消登录。</translation>
    </message>
    <message>
        <source>No saved secret for this profile.</source>
        <translation>此配置没有已保存的密钥。</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA 证书包 %1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>QueueSendDialog</name>
    <message>
        <source>Send messages to a queue</source>
        <translation>向队列发送消息</translation>
    </message>
    <message>
        <source>Body (text or JSON)</source>
        <translation>消息体（文本或 JSON）</translation>
    </message>
    <message>
        <source>Attributes (JSON object)</source>
        <translation>属性（JSON 对象）</translation>
    </message>
    <message>
        <source>&amp;Add message</source>
        <translation>添加消息(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Return message &amp;IDs</source>
        <translation>返回消息 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message ID or error</source>
        <translation>消息 ID 或错误</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ResetOffsetDialog</name>
    <message>
        <source>Reset consumer offset</source>
        <translation>重置消费位点</translation>
    </message>
    <message>
        <source>Consumer group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Target &amp;time</source>
        <translation>目标时间(&amp;T)</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>Start of today</source>
        <translation>今天零点</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>The offset at the target is computed from the number of messages each queue stored at or after that time (store time), because the API has no &quot;offset at time&quot; call.</source>
        <translation>由于 API 没有“按时间查询位点”的接口，目标时间的位点根据各队列在该时间及之后存储的消息数（按存储时间）计算得出。</translation>
    </message>
    <message>
        <source>Previous offsets…</source>
        <translation>以前的位点…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>保存到系统密钥链(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <source>Send message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Tag(&amp;A)</translation>
    </message>
    <message>
        <source>One tag, e.g. TagA</source>
        <translation>一个 Tag，例如 TagA</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Key(&amp;K)</translation>
    </message>
    <message>
        <source>Business keys separated by spaces</source>
        <translation>业务 Key，以空格分隔</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a property</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected property</source>
        <translation>删除所选属性</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>消息体(&amp;B)</translation>
    </message>
    <message>
        <source>Bodies recently sent to this topic</source>
        <translation>最近发送到此主题的消息体</translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation>加载文件…</translation>
    </message>
    <message>
        <source>Message body — type it, or drop a file here</source>
        <translation>消息体 — 直接输入，或将文件拖放到此处</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>消息轨迹</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
</context>
</TS>

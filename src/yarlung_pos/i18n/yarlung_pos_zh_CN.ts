<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ActionApprovalBox</name>
        <message>
            <location filename="../ui/backoffice/approving.py" line="+43" />
            <source>Admin approval</source>
            <translation>管理员授权</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Admin's PIN</source>
            <translation>管理员的PIN码</translation>
        </message>
    </context>
    <context>
        <name>AdjustReasons</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="+278" />
            <source>damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spoiled</source>
            <translation>变质</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gift</source>
            <translation>赠送</translation>
        </message>
        <message>
            <location line="+1" />
            <source>correction</source>
            <translation>更正</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+282" />
            <source>The administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first user of the till. They add cashiers and managers later.</source>
            <translation>收银台的第一个用户，之后由其添加收银员和经理。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The administrator signs in with a PIN of 4 to 8 digits. Keep it secret.</source>
            <translation>管理员用 4 到 8 位数字的密码登录，请保密。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN (4–8 digits)</source>
            <translation>密码（4–8 位数字）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>再次输入密码</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBox</name>
        <message>
            <location filename="../ui/approval.py" line="+27" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager approval</source>
            <translation>经理授权</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="+7" />
            <source>Manager's PIN</source>
            <translation>经理密码</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/backoffice/approving.py" line="+1" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No manager is set up on this till — ask an admin to add one.</source>
            <translation>本收银台还没有经理——请管理员添加一位。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A manager must type their PIN.</source>
            <translation>需要经理输入密码。</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location line="+22" />
            <source>Manager approval</source>
            <translation>经理授权</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../ui/audit_text.py" line="+20" />
            <source>Sale</source>
            <extracomment>labels of the detail keys the services record</extracomment>
            <translation>销售</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/audit_view.py" line="+15" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected in the drawer</source>
            <translation>钱箱应有</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>实点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over / short</source>
            <translation>长款 / 短款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applies to</source>
            <translation>适用于</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>用途</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PINs in a row</source>
            <translation>连续输错密码次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>批准事项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings of</source>
            <translation>设置对象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to stock</source>
            <translation>退回库存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines</source>
            <translation>明细行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid back</source>
            <translation>退款金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sale</source>
            <translation>挂单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked the till</source>
            <translation>解锁收银台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>原值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo till</source>
            <translation>演示收银台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safety copy</source>
            <translation>安全副本</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Numbering</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Confirmed by</source>
            <translation>确认方</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts go on after</source>
            <translation>小票从此号之后继续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shifts go on after</source>
            <translation>班次从此号之后继续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z reports go on after</source>
            <translation>Z报表从此号之后继续</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>配送单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients' data erased after (days)</source>
            <translation>收件人信息保留天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>退回包裹的邮费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>邮费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address</source>
            <translation>寄件人地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's phone</source>
            <translation>寄件人电话</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model</source>
            <translation>打印机型号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cut the paper</source>
            <translation>切纸</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>小票二维码地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>小票文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label QR address</source>
            <translation>标签二维码地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label languages</source>
            <translation>标签文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label calibration</source>
            <translation>标签校准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screen language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>现金抹零</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (%)</source>
            <translation>折扣上限 (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (￥)</source>
            <translation>折扣上限 (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock when idle (minutes)</source>
            <translation>闲置锁定 (分钟)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>signing in</source>
            <extracomment>code values the services record, in words</extracomment>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown user</source>
            <translation>未知用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>locked out</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one line</source>
            <translation>单行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the whole sale</source>
            <translation>整单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>percent off</source>
            <translation>按百分比优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount off</source>
            <translation>按金额优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new unit price</source>
            <translation>新单价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no discount</source>
            <translation>无折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this till</source>
            <translation>本收银台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the counter rules</source>
            <translation>收银规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the county server</source>
            <translation>县服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen</source>
            <translation>抹去分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to the nearest jiao</source>
            <translation>四舍五入到角</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay</source>
            <translation>银联</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to pack</source>
            <translation>待打包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the delivery rules</source>
            <translation>配送规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kept</source>
            <translation>不退</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded</source>
            <translation>退还</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a new postage table</source>
            <translation>新的邮费表</translation>
        </message>
        <message>
            <location line="+17" />
            <source>yes</source>
            <extracomment>keys whose value is the code of an action (shown by its name in the audit log) details that say something only when true ("Unlocked the till", "Demo till")</extracomment>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+24" />
            <source>line {0}: {1}</source>
            <translation>第 {0} 行：{1}</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Manager approval</source>
            <translation>经理授权</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price changed</source>
            <translation>改价</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="-135" />
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+1" />
            <source>Sale cancelled</source>
            <translation>整单取消</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line removed</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drawer opened</source>
            <translation>打开钱箱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Locked out</source>
            <translation>账户锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User changed</source>
            <translation>用户变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings changed</source>
            <translation>设置变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift opened</source>
            <translation>开班</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift closed</source>
            <translation>交班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in</source>
            <translation>存入现金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>取出现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale parked</source>
            <translation>挂单</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale recalled</source>
            <translation>取单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Till locked</source>
            <translation>收银台已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbering confirmed</source>
            <translation>编号已确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery order</source>
            <translation>配送订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient's phone and address shown</source>
            <translation>查看了收件人电话和地址</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location line="+18" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeWindow</name>
        <message>
            <location filename="../ui/backoffice/window.py" line="+43" />
            <location line="+55" />
            <source>Back office — Yarlung POS</source>
            <extracomment>the tabs in order: (attribute, module under yarlung_pos.ui.backoffice, class) the till was enrolled (or enrolled again) in the County office tab: its terminal code</extracomment>
            <translation>后台管理 — Yarlung POS</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Settlement</source>
            <translation>结算</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalogue</source>
            <translation>商品目录</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+41" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Catalogue files</source>
            <translation>商品目录文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counter rules</source>
            <translation>收银规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County office</source>
            <translation>县办公室</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery</source>
            <translation>配送</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>有未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue editor has changes that are not saved. Close anyway?</source>
            <translation>商品目录有未保存的更改。仍要关闭吗？</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <location filename="../ui/backoffice/backups.py" line="+110" />
            <source>Made</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last receipt</source>
            <translation>最后一张小票</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not yet at the county</source>
            <translation>尚未到县里</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbering after the restore</source>
            <translation>恢复后的小票编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the numbering</source>
            <translation>确认编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last receipt number used</source>
            <translation>已用的最后小票号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last shift number used</source>
            <translation>已用的最后班次号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last Z report number used</source>
            <translation>已用的最后Z报表号</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backups are made after every shift close, once a day and before every update, in {0}.</source>
            <translation>每次交班结账后、每天一次以及每次更新前都会备份，存放在 {0}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A second copy goes to {0}.</source>
            <translation>第二份副本存到 {0}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set a second folder (a USB stick) in the settings to keep a copy off this PC.</source>
            <translation>在设置中指定第二个文件夹（U盘），可在本机之外另存一份。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till was restored from a backup. Customers or the county office may hold receipts made after it, so the till sells again only after the numbering is confirmed: an enrolled till asks the county office at its next sync; otherwise a manager checks the last numbers (the receipt roll, the last Z report) and confirms them. They can be raised, never lowered.</source>
            <translation>本收银台已从备份恢复。顾客或县办公室手里可能有备份之后开出的小票，所以必须先确认编号才能继续销售：已注册的收银台会在下次同步时向县办公室查询；否则由经理核对最后的编号（小票卷、最后一张Z报表）并确认。编号只能调高，不能调低。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>shift closed</source>
            <translation>交班结账</translation>
        </message>
        <message>
            <location line="+0" />
            <source>daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before an update</source>
            <translation>更新前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before a restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The backup failed: {0}</source>
            <translation>备份失败：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the second folder cannot be used (is the USB stick plugged in?)</source>
            <translation>只备份在本机：第二个文件夹无法使用（U盘插上了吗？）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backed up: {0}</source>
            <translation>已备份：{0}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This backup cannot be used: {0}</source>
            <translation>此备份无法使用：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is whole: {0} sales, last receipt {1}.</source>
            <translation>文件完好：{0} 笔销售，最后一张小票 {1}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Close the till, then restore with “yarlung-pos backup restore”.</source>
            <translation>请先关闭收银台，再用“yarlung-pos backup restore”恢复。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>恢复此备份？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {0} in place of this till's database? It holds {1} sales, the last receipt {2}. A copy of the database as it is now is kept. The till closes afterwards; start it again.</source>
            <translation>用 {0} 的备份替换本收银台的数据库？其中有 {1} 笔销售，最后一张小票 {2}。当前数据库会另存一份副本。恢复后收银台将关闭，请重新启动。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type whole numbers, e.g. 128.</source>
            <translation>请输入整数，例如 128。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Numbering confirmed: the till sells again.</source>
            <translation>编号已确认：收银台恢复销售。</translation>
        </message>
    </context>
    <context>
        <name>BatchHandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+244" />
            <source>Hand over a batch</source>
            <translation>批量交邮</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Finish (Esc)</source>
            <translation>完成 (Esc)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the QR code on the parcel's packing slip.</source>
            <translation>请扫描包裹配货单上的二维码。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} for {1}: now scan the waybill's barcode.</source>
            <translation>{0}（{1}）：现在请扫描面单条码。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handed over: {0}</source>
            <translation>已交邮：{0}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no delivery {0}.</source>
            <translation>没有配送单 {0}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} is not a parcel's QR code: scan the packing slip's QR code first.</source>
            <translation>{0} 不是包裹的二维码：请先扫描配货单上的二维码。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{0} handed over with {1}.</source>
            <translation>{0} 已交邮，运单号 {1}。</translation>
        </message>
    </context>
    <context>
        <name>CancelOrderDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+84" />
            <source>Cancel order {0}</source>
            <translation>取消订单 {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>why (the customer sees it)</source>
            <translation>原因（顾客可见）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back (Esc)</source>
            <translation>返回 (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the order (Enter)</source>
            <translation>取消订单 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CartTableModel</name>
        <message>
            <location filename="../ui/cart_model.py" line="+62" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Price changed from {0} by a manager</source>
            <translation>经理已将价格从 {0} 改过</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line discount {0}</source>
            <translation>单品折扣 {0}</translation>
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="+137" />
            <source>Cash in</source>
            <translation>存入现金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>取出现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash put into the drawer (e.g. change from the bank).</source>
            <translation>放入钱箱的现金（例如从银行换来的零钱）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash taken out of the drawer (e.g. to the safe, a delivery paid in cash).</source>
            <translation>从钱箱取出的现金（例如存入保险柜，或用现金支付送货款）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>yuan, e.g. 100</source>
            <translation>元，例如 100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. change from the bank</source>
            <translation>例如：从银行换来的零钱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. to the safe</source>
            <translation>例如：存入保险柜</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put in (Enter)</source>
            <translation>存入 (Enter)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take out (Enter)</source>
            <translation>取出 (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount (￥)</source>
            <translation>金额 (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The drawer should hold {0} now.</source>
            <translation>钱箱现在应有 {0}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type the amount in yuan, e.g. 100 or 12.50.</source>
            <translation>请输入金额（元），例如 100 或 12.50。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>不是有效金额：{0}（请输入元，例如 200 或 12.50）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be above zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for the cash movement.</source>
            <translation>请填写存取现金的原因。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The drawer should hold only {0}.</source>
            <translation>钱箱里应该只有 {0}。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not stored: {0}</source>
            <translation>未保存：{0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueFilesTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue_files.py" line="+73" />
            <source>Import from CSV files</source>
            <extracomment>the file each kind is exported to, in the chosen folder</extracomment>
            <translation>从CSV文件导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one, two or all three files (UTF-8 CSV, as exported below). Check lists every bad row; Import takes all the files or nothing. Rows with a known code or SKU are updated, new ones added.</source>
            <translation>选择一个、两个或全部三个文件（UTF-8 CSV，格式同下方导出）。“检查”列出所有有误的行；“导入”要么导入全部文件，要么什么都不导入。已有代码或SKU的行会被更新，新的行会被添加。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export to CSV files</source>
            <translation>导出为CSV文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writes categories.csv, cooperatives.csv and products.csv into the folder (files of those names there are replaced).</source>
            <translation>将 categories.csv、cooperatives.csv 和 products.csv 写入该文件夹（同名文件将被替换）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a folder, e.g. on a USB stick</source>
            <translation>一个文件夹，例如U盘上的</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the catalogue to</source>
            <translation>将商品目录导出到</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a folder first.</source>
            <translation>请先选择文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no folder {0}.</source>
            <translation>没有文件夹 {0}。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write to {0}: {1}</source>
            <translation>无法写入 {0}：{1}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exported {0} categories, {1} cooperatives and {2} products to {3}.</source>
            <translation>已将 {0} 个类别、{1} 个合作社和 {2} 个商品导出到 {3}。</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImportForm</name>
        <message>
            <location filename="../ui/forms/catalogue_import.py" line="+81" />
            <source>Categories file</source>
            <translation>分类文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cooperatives file</source>
            <translation>合作社文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products file</source>
            <translation>商品文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV file (UTF-8)</source>
            <translation>CSV 文件（UTF-8）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+22" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Choose at least one file.</source>
            <translation>请至少选择一个文件。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file {0}.</source>
            <translation>文件 {0} 不存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems found: {0}. Nothing was imported; correct the files and check again.</source>
            <translation>发现 {0} 个问题，未导入任何内容；请改正文件后再检查。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0}: {1} new, {2} changed</source>
            <translation>{0}：新增 {1}，更改 {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems found; ready to import.</source>
            <translation>未发现问题，可以导入。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported.</source>
            <translation>已导入。</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../ui/setup/catalogue_page.py" line="+140" />
            <source>The catalogue</source>
            <translation>商品目录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The products the till sells, with their prices and barcodes.</source>
            <translation>收银台出售的商品及其价格和条码。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the county office</source>
            <translation>从县办公室获取</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From CSV files</source>
            <translation>从 CSV 文件导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start empty</source>
            <translation>从空目录开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till starts without products; add them later in the back office. Scanning finds nothing until products are added.</source>
            <translation>收银台没有商品，之后在后台添加。添加商品之前，扫码找不到任何商品。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Next fetches the catalogue from the county office.</source>
            <translation>点“下一步”从县办公室获取商品目录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office first (step 3).</source>
            <translation>请先在县办公室注册（第 3 步）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fetching the catalogue… {0} of {1} entries</source>
            <translation>正在获取商品目录… {0} / {1} 条</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetching the catalogue… {0} entries</source>
            <translation>正在获取商品目录… {0} 条</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The catalogue was fetched: {0} entries.</source>
            <translation>商品目录已获取：{0} 条。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the till could not keep what the server sent ({0})</source>
            <translation>收银台无法保存服务器发来的数据（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue could not be fetched: {0}</source>
            <translation>无法获取商品目录：{0}</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the CSV files, or start empty.</source>
            <translation>请选择 CSV 文件，或从空目录开始。</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue.py" line="+107" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperatives</source>
            <translation>合作社</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Filter by name, SKU or barcode</source>
            <translation>按名称、货号或条码筛选</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+36" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+42" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+42" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="-42" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+30" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+30" />
            <location line="+55" />
            <source>Cooperative</source>
            <translation>合作社</translation>
        </message>
        <message>
            <location line="-84" />
            <location line="+29" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>在售</translation>
        </message>
        <message>
            <location line="-35" />
            <source>EAN-13, EAN-8 or UPC-A; empty if none</source>
            <translation>EAN-13、EAN-8 或 UPC-A；没有则留空</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A new price applies to new sales only.</source>
            <translation>新价格只适用于之后的销售。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty: no warning</source>
            <translation>留空：不提醒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active (sold at the till)</source>
            <translation>在售（可在收银台销售）</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>Tibetan name</source>
            <translation>藏文名称</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Price (￥)</source>
            <translation>价格 (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Low-stock threshold</source>
            <translation>库存预警值</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+170" />
            <source>New product</source>
            <translation>新建商品</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Save product</source>
            <translation>保存商品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+61" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commission</source>
            <translation>佣金</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Bank, account name and number, or WeChat/Alipay account</source>
            <translation>开户银行、户名和账号，或微信/支付宝账号</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Town (Tibetan)</source>
            <translation>乡镇（藏文）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (Chinese)</source>
            <translation>乡镇（中文）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (English)</source>
            <translation>乡镇（英文）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payout details</source>
            <translation>收款信息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hall commission</source>
            <translation>展厅佣金</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+221" />
            <source>New cooperative</source>
            <translation>新建合作社</translation>
        </message>
        <message>
            <location line="-219" />
            <source>Save cooperative</source>
            <translation>保存合作社</translation>
        </message>
        <message>
            <location line="+38" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Unsaved changes</source>
            <translation>有未保存的更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes to {0}?</source>
            <translation>放弃对{0}的更改吗？</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The unit of a product with stock or sales cannot change.</source>
            <translation>已有库存或销售记录的商品不能更改单位。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product {0}</source>
            <translation>商品 {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new product</source>
            <translation>新商品</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New product: fill in every field, then Save.</source>
            <translation>新商品：填好所有项目后保存。</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+77" />
            <source>{0} added.</source>
            <translation>已添加 {0}。</translation>
        </message>
        <message>
            <location line="-77" />
            <location line="+77" />
            <source>{0} saved.</source>
            <translation>已保存 {0}。</translation>
        </message>
        <message>
            <location line="-68" />
            <source>{0} deleted.</source>
            <translation>已删除 {0}。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+69" />
            <source>Not saved: {0}</source>
            <translation>未保存：{0}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Delete product</source>
            <translation>删除商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete {0} for good?</source>
            <translation>要永久删除 {0} 吗？</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not deleted: {0}</source>
            <translation>未删除：{0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cooperative {0}</source>
            <translation>合作社 {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new cooperative</source>
            <translation>新合作社</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New cooperative: code and names in three scripts are required.</source>
            <translation>新合作社：必须填写编码和三种文字的名称。</translation>
        </message>
    </context>
    <context>
        <name>CategoriesSection</name>
        <message>
            <location line="-411" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>排序</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add category</source>
            <translation>添加分类</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save categories</source>
            <translation>保存分类</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Row {0}: {1}</source>
            <translation>第 {0} 行：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories saved.</source>
            <translation>分类已保存。</translation>
        </message>
    </context>
    <context>
        <name>CloseShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="+135" />
            <source>Close shift — count the drawer</source>
            <translation>交班 — 清点钱箱</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cash counted in the drawer</source>
            <translation>钱箱现金清点</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Should hold</source>
            <translation>应有</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counted</source>
            <translation>实点</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over / short</source>
            <translation>长款 / 短款</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No shift is open.</source>
            <translation>没有开着的班次。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shift {0} — opened {1} by {2} with a float of {3}; {4} sale(s), {5} refund(s).</source>
            <translation>班次 {0} — {2} 于 {1} 开班，备用金 {3}；销售 {4} 笔，退款 {5} 笔。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Float {0}</source>
            <translation>备用金 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ cash sales {0}</source>
            <translation>+ 现金销售 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- cash refunds {0}</source>
            <translation>- 现金退款 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>- cash out {0}</source>
            <translation>- 取出现金 {0}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>+ cash in {0}</source>
            <translation>+ 存入现金 {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Net by method (check the card and QR slips)</source>
            <translation>按支付方式的净额（请核对刷卡和扫码单据）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close shift</source>
            <translation>交班</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Close shift — Z report ({0})</source>
            <translation>交班 — Z报表（{0}）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The shift is not closed yet: {0}. The counts are kept — try again.</source>
            <translation>班次尚未交班：{0}。清点数已保留——请重试。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Z report {0}</source>
            <translation>Z报表 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} is closed.</source>
            <translation>班次 {0} 已交班。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Should hold {0}, counted {1}:</source>
            <translation>应有 {0}，实点 {1}：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Z report is stored and goes to the county office with the next sync.</source>
            <translation>Z报表已保存，下次同步时会上传到县中心。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It is printing now.</source>
            <translation>正在打印。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up: the report is shown here only.</source>
            <translation>未设置小票打印机：报表只在这里显示。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPaymentDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="-66" />
            <source>Confirm the payment of {0}</source>
            <translation>确认 {0} 的付款</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location line="+3" />
            <source>transaction number (not needed for cash)</source>
            <translation>交易号（现金不需要）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paid by</source>
            <translation>付款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>home delivery (postage from the postage table is added)</source>
            <translation>送货上门（按邮费表加收邮费）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pick-up at the hall</source>
            <translation>到店自提</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Payment received (Enter)</source>
            <translation>已收款 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CountyTab</name>
        <message>
            <location filename="../ui/backoffice/county.py" line="+29" />
            <source>sale</source>
            <translation>销售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goods received</source>
            <translation>收货</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stock adjustment</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>settlement</source>
            <translation>结算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift opened</source>
            <translation>开班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash in or out</source>
            <translation>存取现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>审计记录</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sold before this till was enrolled. The county server is too old to take such sales: ask the county office to update it; they are sent at the next sync.</source>
            <translation>这是本收银台注册前的销售。县服务器版本太旧，无法接收此类销售：请县办公室更新服务器；更新后将在下次同步时发送。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold before this till was enrolled, under a code the county server did not take. Ask the county office for a new one-time code for this till and enrol again with it (below); they are sent at the next sync.</source>
            <translation>这是本收银台注册前以县服务器未接受的代码记录的销售。请向县办公室索取本收银台的新一次性代码，并用它重新注册（见下方）；之后将在下次同步时发送。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too large for the county server. Ask the county office to raise the server's size limit, then press Send again.</source>
            <translation>记录超过县服务器的大小限制。请县办公室提高限制，然后按“重新发送”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server is older than this till. Ask the county office to update it, then press Send again.</source>
            <translation>县服务器的版本比本收银台旧。请县办公室更新服务器，然后按“重新发送”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server holds this record under another till. Tell the county office the receipt number and the reason shown; press Send again once they have fixed it.</source>
            <translation>县服务器将此记录归在另一个收银台下。请把小票号和显示的原因告诉县办公室；他们处理好后请按“重新发送”。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server refused this record. Tell the county office the reason shown; press Send again once they have fixed the cause.</source>
            <translation>县服务器拒收了此记录。请把显示的原因告诉县办公室；问题解决后请按“重新发送”。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The county server cannot be reached. Check the network; nothing is lost — the records wait here and go with the next sync.</source>
            <translation>无法连接县服务器。请检查网络；数据不会丢失——记录在此等待，随下次同步发送。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server's certificate cannot be checked. Ask the county office for their CA file and enrol again with it.</source>
            <translation>无法验证县服务器的证书。请向县办公室索取CA文件，并用它重新注册。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server no longer accepts this till. Ask the county office for a new one-time code and enrol again.</source>
            <translation>县服务器不再接受本收银台。请向县办公室索取新的一次性代码并重新注册。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What answers at the saved address is not a Yarlung county server. Check the address with the county office and enrol again.</source>
            <translation>已保存地址上应答的不是雅砻县服务器。请与县办公室核对地址并重新注册。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+254" />
            <source>This till is not enrolled yet: enrol it first.</source>
            <translation>本收银台尚未注册：请先注册。</translation>
        </message>
        <message>
            <location line="-252" />
            <source>A sync is running already; wait for it to finish.</source>
            <translation>同步正在进行，请等待完成。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sync did not finish: {0}</source>
            <translation>同步未完成：{0}</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Enrolment and sync</source>
            <translation>注册与同步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County server</source>
            <translation>县服务器</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Till code</source>
            <translation>收银台代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting to be sent</source>
            <translation>等待发送</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set aside</source>
            <translation>已搁置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export for USB…</source>
            <translation>导出到U盘…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No network for a long time? Write the records not yet sent into one file, for the county office to read from a USB stick.</source>
            <translation>长时间没有网络？把尚未发送的记录写进一个文件，由县办公室从U盘读取。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the county's answer…</source>
            <translation>读取县里的回复…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the answer file the county office wrote: the records it holds are marked sent.</source>
            <translation>读取县办公室写的回复文件：县里已有的记录会标为已发送。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync log (newest last)</source>
            <translation>同步日志（最新的在最后）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>在县办公室注册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set-aside records</source>
            <translation>搁置的记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records the county server did not take (or this till held back). They are kept here, never lost, and do not hold up the others.</source>
            <translation>县服务器未接收（或本收银台暂扣）的记录。它们保存在这里，不会丢失，也不会耽误其他记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What you can do</source>
            <translation>您可以做什么</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send again</source>
            <translation>重新发送</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+59" />
            <source>Syncing with the county office…</source>
            <translation>正在与县办公室同步…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>not enrolled</source>
            <translation>未注册</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} (working alone, not enrolled)</source>
            <translation>{0}（独立运行，未注册）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no sync yet)</source>
            <translation>（尚未同步）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enrol again</source>
            <translation>重新注册</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enrol</source>
            <translation>注册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is enrolled. Enrol again only with a new one-time code from the county office (for example after the server moved).</source>
            <translation>本收银台已注册。只有在拿到县办公室的新一次性代码时才需重新注册（例如服务器迁移后）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the county server's address and the one-time code the county office gave you for this till.</source>
            <translation>请输入县服务器地址和县办公室为本收银台提供的一次性代码。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing is set aside.</source>
            <translation>没有搁置的记录。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Synced: {0} sent, {1} set aside, {2} catalogue changes received, {3} waiting.</source>
            <translation>已同步：发送 {0} 条，搁置 {1} 条，收到 {2} 项商品目录变更，{3} 条等待中。</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Records written: {0}, to {1}. Take the file to the county office; the records stay waiting here until the county's answer is read.</source>
            <translation>已写入记录：{0} 条，写到 {1}。请把文件带到县办公室；读取县里的回复之前，这些记录仍在此等待。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The county holds them: {0} now marked sent, {1} set aside; {2} waiting.</source>
            <translation>县里已收到：{0} 条标为已发送，{1} 条搁置；{2} 条等待中。</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Back in the queue: {0}. They go with the next sync.</source>
            <translation>已放回队列：{0} 条。将在下次同步时发送。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The file cannot be used: {0}</source>
            <translation>此文件无法使用：{0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This answer is for another till. Nothing was changed.</source>
            <translation>这份回复属于另一台收银台。没有任何更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not the county's answer file (it may be this till's own export). Nothing was changed.</source>
            <translation>这不是县里的回复文件（可能是本收银台自己导出的文件）。没有任何更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file was altered, or it is not this till's. Nothing was changed: ask the county office to write it again.</source>
            <translation>文件被改动过，或不属于本收银台。没有任何更改：请县办公室重新写一份。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export for USB</source>
            <translation>导出到U盘</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand-over files (*.yhand);;All files (*)</source>
            <translation>交接文件 (*.yhand);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Read the county's answer</source>
            <translation>读取县里的回复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County answers (*.acks *.yhand);;All files (*)</source>
            <translation>县里的回复 (*.acks *.yhand);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesWindow</name>
        <message>
            <location filename="../ui/delivery/window.py" line="+74" />
            <source>Deliveries</source>
            <extracomment>how far back the date range starts when the screen opens (days)</extracomment>
            <translation>配送单</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Name, phone, delivery or tracking number (scan the waybill)</source>
            <translation>姓名、电话、配送单号或运单号（可扫描面单）</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Pack (F2)</source>
            <translation>打包 (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over… (F3)</source>
            <translation>交邮… (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered (F4)</source>
            <translation>已送达 (F4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Came back… (F5)</source>
            <translation>退回… (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show personal data (F6)</source>
            <translation>显示个人信息 (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over a batch… (F7)</source>
            <translation>批量交邮… (F7)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>Online orders… (F8)</source>
            <translation>网上订单… (F8)</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Print… (Ctrl+P)</source>
            <translation>打印… (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Packing slips (A5 PDF) for the selected</source>
            <translation>所选配送单的配货单（A5 PDF）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slips (A5 PDF) for everything to pack</source>
            <translation>全部待打包的配货单（A5 PDF）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for the selected</source>
            <translation>所选配送单的面单 100 × 150 毫米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for everything to pack</source>
            <translation>全部待打包的面单 100 × 150 毫米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for the selected</source>
            <translation>所选配送单的面单 100 × 180 毫米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for everything to pack</source>
            <translation>全部待打包的面单 100 × 180 毫米</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slip of the selected on the receipt printer</source>
            <translation>用小票打印机打印所选的配货单</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Online orders: {0} awaiting payment… (F8)</source>
            <translation>网上订单：{0} 笔待付款… (F8)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All ({0})</source>
            <translation>全部（{0}）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>县</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ordered</source>
            <translation>下单渠道</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tracking</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location line="+55" />
            <source>No delivery matches {0}.</source>
            <translation>没有与 {0} 相符的配送单。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{0} deliveries selected.</source>
            <translation>已选 {0} 个配送单。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{0} · sale {1} · {2}</source>
            <translation>{0} · 销售单 {1} · {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient: {0}   Phone: {1}</source>
            <translation>收件人：{0}   电话：{1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address: {0}</source>
            <translation>地址：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliver on: {0}   Ordered: {1} {2}</source>
            <translation>送达日期：{0}   下单：{1} {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>postage {0} ({1})</source>
            <translation>邮费 {0}（{1}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} kg</source>
            <translation>{0} 公斤</translation>
        </message>
        <message>
            <location line="+4" />
            <source>paid at the post office {0}</source>
            <translation>已付邮局 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel: {0}</source>
            <translation>包裹：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note: {0}</source>
            <translation>备注：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The phone number and the address are partly hidden (F6 shows them, a manager approves).</source>
            <translation>电话号码和地址已部分隐藏（按 F6 显示，需经理授权）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goods:</source>
            <translation>商品：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History:</source>
            <translation>记录：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select one delivery first (arrow keys).</source>
            <translation>请先选择一个配送单（方向键）。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a delivery first (arrow keys).</source>
            <translation>请先选择配送单（方向键）。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>Packed: {0}.</source>
            <translation>已打包：{0}。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} delivered.</source>
            <translation>{0} 已送达。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0} handed over.</source>
            <translation>{0} 已交邮。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0} taken back: refund {1}, {2} back.</source>
            <translation>{0} 已退回：退款单 {1}，退还 {2}。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Show the phone number and address of {0}.</source>
            <translation>显示 {0} 的电话号码和地址。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is nothing to print: select deliveries, or there is nothing to pack.</source>
            <translation>没有可打印的：请选择配送单，或者没有待打包的。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved {0} ({1} pages).</source>
            <translation>已保存 {0}（{1} 页）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF saved</source>
            <translation>PDF 已保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {0}. Open it now to print it?</source>
            <translation>已保存 {0}。现在打开打印吗？</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Printing the packing slip of {0}.</source>
            <translation>正在打印 {0} 的配货单。</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../ui/delivery/dialog.py" line="+48" />
            <source>Delivery order</source>
            <extracomment>the form's fields in Tab order (their error lines are ``&lt;key&gt;Error``)</extracomment>
            <translation>配送订单</translation>
        </message>
        <message>
            <location line="+20" />
            <source>optional</source>
            <extracomment>set by the till: a manager's approval of the sale's discounts, and the refusal of the service when the payment could not create the delivery (shown when reopened)</extracomment>
            <translation>可不填</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mobile 13812345678 or 0893-7831234</source>
            <translation>手机 13812345678 或 0893-7831234</translation>
        </message>
        <message>
            <location line="+10" />
            <source>village, or street and house number</source>
            <translation>村，或街道和门牌号</translation>
        </message>
        <message>
            <location line="+15" />
            <source>optional, e.g. 1.5</source>
            <translation>可不填，例如 1.5</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recipient and address</source>
            <translation>收件人和地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient's name</source>
            <translation>收件人姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name in Tibetan</source>
            <translation>藏文姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province</source>
            <translation>省</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prefecture or city</source>
            <translation>地区或市</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>县</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village or street</source>
            <translation>村或街道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deliver on</source>
            <translation>送达日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ordered</source>
            <translation>下单渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order number there</source>
            <translation>渠道订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>包裹重量（公斤）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>邮费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take payment (Ctrl+Enter)</source>
            <translation>收款 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back to sale (Esc)</source>
            <translation>返回销售 (Esc)</translation>
        </message>
        <message>
            <location line="+116" />
            <source>— (weight?)</source>
            <translation>—（重量？）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods {0} + postage {1}: to pay {2}</source>
            <translation>商品 {0} + 邮费 {1}：应付 {2}</translation>
        </message>
        <message>
            <location line="+64" />
            <source>The postage could not be worked out: {0}</source>
            <translation>无法计算邮费：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the address and the weight.</source>
            <translation>请检查地址和重量。</translation>
        </message>
    </context>
    <context>
        <name>DeliveryRulesTab</name>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="+101" />
            <source>Postage is charged on a delivery's sale by the parcel's weight and where it goes. Changing these rules needs a manager; every change is in the audit log.</source>
            <translation>邮费按包裹重量和寄送地区计入配送单的销售。修改这些规则需要经理；每次修改都记入审计日志。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Postage (￥)</source>
            <translation>邮费（￥）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients and sender</source>
            <translation>收件人和寄件人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to (kg)</source>
            <translation>不超过（公斤）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a weight band</source>
            <translation>添加重量档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected band</source>
            <translation>删除所选重量档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase phone and address after (days)</source>
            <translation>电话和地址保留天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>退回包裹的邮费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address (Chinese)</source>
            <translation>寄件人地址（中文）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sender's phone</source>
            <translation>寄件人电话</translation>
        </message>
        <message>
            <location line="+4" />
            <source>kept (the post office was paid)</source>
            <translation>不退（已付邮局）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded to the customer</source>
            <translation>退还顾客</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <location line="+10" />
            <source>each further</source>
            <translation>每续重</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Delivery rules saved.</source>
            <translation>配送规则已保存。</translation>
        </message>
    </context>
    <context>
        <name>DenominationCounter</name>
        <message>
            <location filename="../ui/shift_dialogs/counting.py" line="+33" />
            <source>Note / coin</source>
            <extracomment>the largest count of one note or coin (the service refuses more than 100,000)</extracomment>
            <translation>纸币 / 硬币</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <location filename="../ui/discount_dialog.py" line="+42" />
            <source>Discount on the line</source>
            <translation>单品折扣</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discount on the whole sale</source>
            <translation>整单折扣</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} × {1} = {2}</source>
            <translation>{0} × {1} = {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole sale: {0} lines, {1} before this discount</source>
            <translation>整单：{0} 行，本次折扣前 {1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Percent off</source>
            <translation>按百分比优惠</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount off (￥)</source>
            <translation>优惠金额 (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New unit price (￥)</source>
            <translation>新单价 (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No discount</source>
            <translation>不打折</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A manager approves discounts above {0} % or {1}, and every price change.</source>
            <translation>折扣超过 {0}% 或 {1}，以及所有改价，都需经理授权。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply (Enter)</source>
            <translation>确定 (Enter)</translation>
        </message>
        <message>
            <location line="+109" />
            <source>New line total {0}</source>
            <translation>该行新金额 {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} off — {1} instead of {2}</source>
            <translation>优惠 {0} — 由 {2} 变为 {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The discount is removed.</source>
            <translation>已取消折扣。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A manager must approve this.</source>
            <translation>此操作需经理授权。</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <location filename="../domain/model.py" line="+24" />
            <source>piece</source>
            <extracomment>Unit codes a product may be sold in. Only weighed units take fractional quantities. the English name of each unit code, marked so messages show it in the screen's language (an error's ``unit`` parameter holds the code, translated as a ``translated_params`` text)</extracomment>
            <translation>件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bottle</source>
            <translation>瓶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>公斤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>罐</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>袋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>盒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>双</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>包</translation>
        </message>
        <message>
            <location line="+92" />
            <source>This is not a quantity: {text}</source>
            <extracomment>Most change a sale may give (fen). A larger surplus is a mistyped or scanned amount.</extracomment>
            <translation>这不是数量：{text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be above zero: {text}</source>
            <translation>数量必须大于零：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>The quantity is too large: {qty}</source>
            <extracomment>the line's own discount (``yarlung_pos.domain.pricing.Discount``) or ``None`` the catalogue price when a manager overrode ``unit_price_fen``; ``None`` otherwise (discount fen, gross fen) of the line when a manager approved its discount: the approval covers at most that discount at that rate (see ``pricing.approval_needed``) login name of the manager who approved the line's discount or price override (all discounts fen, gross fen) of the sale when a manager approved its discounts login name of the manager who approved the sale's discounts as they stood then</extracomment>
            <translation>数量太大：{qty}</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Sold by the {unit}: at most 3 decimals, not {qty}.</source>
            <translation>按{unit}出售：最多 3 位小数，不能是 {qty}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold by the {unit}: whole numbers only, not {qty}.</source>
            <translation>按{unit}出售：只能是整数，不能是 {qty}。</translation>
        </message>
        <message>
            <location line="+75" />
            <source>quantity must be above zero — press Delete to remove the line</source>
            <translation>数量必须大于零——按 Delete 删除该行</translation>
        </message>
        <message>
            <location line="+105" />
            <source>nothing to pay</source>
            <translation>没有需要支付的金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a payment must be above zero</source>
            <translation>支付金额必须大于零</translation>
        </message>
        <message>
            <location line="+5" />
            <source>card and QR payments cannot exceed the amount due</source>
            <translation>刷卡和扫码支付不能超过应付金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{amount} is still due.</source>
            <translation>还差 {amount}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The change of {change} is more than a sale can give (at most {limit}) — check the amount tendered.</source>
            <translation>找零 {change} 超过了一笔销售能找的金额（最多 {limit}）——请核对收款金额。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>change can only be given from cash</source>
            <translation>只能用现金找零</translation>
        </message>
        <message>
            <location filename="../domain/pricing.py" line="+63" />
            <source>not a percentage: {text}</source>
            <translation>不是有效百分比：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a percentage must be above 0 and at most 100, with at most 2 decimals: {text}</source>
            <translation>百分比必须大于 0、不超过 100，最多 2 位小数：{text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a discount amount must be above zero</source>
            <translation>优惠金额必须大于零</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A discount of {fen} is more than the {base} it applies to.</source>
            <translation>{fen} 的折扣超过了它所适用的 {base}。</translation>
        </message>
        <message>
            <location filename="../domain/scan.py" line="+63" />
            <source>nothing scanned</source>
            <extracomment>False for an 8/12/13-digit code whose GS1 check digit is wrong: a misread barcode, unless a product has exactly this SKU</extracomment>
            <translation>未扫描到内容</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a product label: {code}</source>
            <translation>不是商品标签：{code}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+292" />
            <source>the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>缺少藏文名称（每一项都需要藏文、中文和英文名称）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the Tibetan name has no Tibetan letters: {text}</source>
            <translation>藏文名称里没有藏文字母：{text}</translation>
        </message>
        <message>
            <location line="-6" />
            <source>the Chinese name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>缺少中文名称（每一项都需要藏文、中文和英文名称）</translation>
        </message>
        <message>
            <location line="-205" />
            <source>{what} must be text, not {text}</source>
            <translation>{what} 必须是文本，而不是 {text}</translation>
        </message>
        <message>
            <location line="+58" />
            <source>unknown category {code}: there are no categories yet (import them first)</source>
            <translation>未知分类 {code}：还没有任何分类（请先导入分类）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown category {code} (known: {known})</source>
            <translation>未知分类 {code}（已有：{known}）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown cooperative {code}: there are no cooperatives yet (import them first)</source>
            <translation>未知合作社 {code}：还没有任何合作社（请先导入合作社）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>a barcode is 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13): {code}</source>
            <translation>条码应为 8、12 或 13 位数字（EAN-8、UPC-A、EAN-13）：{code}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>unknown unit {unit} (one of: {units})</source>
            <translation>未知单位 {unit}（可选：{units}）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} must be a number, not {text}</source>
            <translation>{what} 必须是数字，而不是 {text}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>a price is a whole number of fen (digits 0–9): {text}</source>
            <translation>价格应为以分计的整数（只能用数字 0–9）：{text}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the sort order is a whole number (digits 0–9, at most 9 of them): {text}</source>
            <translation>排序号应为整数（数字 0–9，最多 9 位）：{text}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>active is 1 or 0 (yes/no): {text}</source>
            <translation>在售应为 1 或 0（yes/no）：{text}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>the Chinese name has no Chinese characters: {text}</source>
            <translation>中文名称里没有汉字：{text}</translation>
        </message>
        <message>
            <location line="-5" />
            <source>the English name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>缺少英文名称（每一项都需要藏文、中文和英文名称）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the English name has no Latin letters: {text}</source>
            <translation>英文名称里没有拉丁字母：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the Chinese town has no Chinese characters: {text}</source>
            <translation>中文乡镇名里没有汉字：{text}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the English town has no Latin letters: {text}</source>
            <translation>英文乡镇名里没有拉丁字母：{text}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>a name has a letter of another script ({char}): {text}</source>
            <translation>名称中含有其他文字的字母（{char}）：{text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a vowel sign or subjoined letter must follow a Tibetan letter: {text}</source>
            <translation>元音符号或下加字必须跟在藏文字母之后：{text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a name has digits of another script ({char}): {text}</source>
            <translation>名称中含有其他文字的数字（{char}）：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a control or invisible character ({char}): {text}</source>
            <translation>名称中含有控制字符或不可见字符（{char}）：{text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a character the till cannot show ({char}): {text}</source>
            <translation>名称中含有收银系统无法显示的字符（{char}）：{text}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>a name is longer than 200 characters</source>
            <translation>名称超过 200 个字符</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+112" />
            <source>the commission must be a percentage, not {text}</source>
            <translation>佣金必须是百分比，而不是 {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the commission cannot be above 100 %: {text}</source>
            <translation>佣金不能超过 100%：{text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at most two decimals in a percentage: {text}</source>
            <translation>百分比最多两位小数：{text}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-140" />
            <source>the price must be above zero and at most ￥1,000,000</source>
            <translation>价格必须大于零且不超过 ￥1,000,000</translation>
        </message>
        <message>
            <location line="-36" />
            <source>not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}</source>
            <translation>不是有效的 EAN-13/EAN-8/UPC-A 条码（校验位不对）：{code}</translation>
        </message>
        <message>
            <location line="-57" />
            <source>an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}</source>
            <translation>货号由 1–64 个字母、数字、'.'、'-' 或 '_' 组成：{sku}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+62" />
            <source>there is already a product {sku}</source>
            <translation>商品 {sku} 已存在</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+50" />
            <location filename="../services/inventory.py" line="+35" />
            <location filename="../services/read_only.py" line="+53" />
            <source>unknown SKU {sku}</source>
            <extracomment>reasons an adjustment may give
----------
the code of a terminal not yet enrolled with the county server</extracomment>
            <translation>未知货号 {sku}</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="+93" />
            <source>unknown category {code}</source>
            <translation>未知分类 {code}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+43" />
            <location filename="../services/backoffice.py" line="+25" />
            <location filename="../services/inventory.py" line="-49" />
            <location filename="../services/settlement.py" line="+96" />
            <source>unknown cooperative {code}</source>
            <translation>未知合作社 {code}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>barcode {code} already belongs to {sku}</source>
            <translation>条码 {code} 已属于 {sku}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="-59" />
            <source>the unit of {sku} cannot change: it has stock moves or sales (make a new product)</source>
            <translation>{sku} 的单位不能更改：它已有库存变动或销售记录（请新建商品）</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{sku} was sold and cannot be deleted — untick “Active” to stop selling it</source>
            <translation>{sku} 已有销售，不能删除——取消勾选“在售”即可停售</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sku} has stock history and cannot be deleted — untick “Active” instead</source>
            <translation>{sku} 有库存记录，不能删除——请改为取消勾选“在售”</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+124" />
            <source>the Tibetan town has no Tibetan letters: {text}</source>
            <translation>藏文乡镇名里没有藏文字母：{text}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+27" />
            <source>the commission must be 0–100 %</source>
            <translation>佣金必须在 0–100% 之间</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-170" />
            <source>a code is 1–32 letters, digits, '-' or '_': {code}</source>
            <translation>编码由 1–32 个字母、数字、'-' 或 '_' 组成：{code}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+4" />
            <source>there is already a cooperative {code}</source>
            <translation>合作社 {code} 已存在</translation>
        </message>
        <message>
            <location filename="../services/catalogue.py" line="+45" />
            <source>barcode {code} has a wrong check digit — scan it again</source>
            <translation>条码 {code} 校验位错误——请重新扫描</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no product with code {code}</source>
            <translation>没有编码为 {code} 的商品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sku} ({name}) is not sold any more</source>
            <translation>{sku}（{name}）已停售</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="-15" />
            <source>expected SKU:QUANTITY, not {text}</source>
            <translation>格式应为 货号:数量，而不是 {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a goods receipt needs at least one line</source>
            <translation>入库单至少需要一行</translation>
        </message>
        <message>
            <location line="+27" />
            <source>the note is longer than 500 characters</source>
            <translation>备注超过 500 个字符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an adjustment needs a reason: damaged, spoiled, sample, gift or correction</source>
            <translation>调整库存需要选择原因：损坏、变质、样品、赠送或更正</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no stocktake {number}</source>
            <translation>没有盘点单 {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>stocktake {number} is already confirmed</source>
            <translation>盘点单 {number} 已确认</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{sku} is not on stocktake {number}</source>
            <translation>{sku} 不在盘点单 {number} 中</translation>
        </message>
        <message>
            <location filename="../services/parked.py" line="+49" />
            <location filename="../services/sales.py" line="+122" />
            <source>the sale has no lines</source>
            <extracomment>the first line's names (bo, zh, en), for showing it in the screen's language</extracomment>
            <translation>该交易没有商品</translation>
        </message>
        <message>
            <location line="+33" />
            <source>that parked sale was recalled already</source>
            <translation>该挂单已被取回</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the parked sale cannot be read: {reason}</source>
            <translation>无法读取该挂单：{reason}</translation>
        </message>
        <message>
            <location filename="../services/policy.py" line="+41" />
            <source>cash rounding must be none, drop_fen or nearest_jiao</source>
            <translation>抹零方式必须是 none、drop_fen 或 nearest_jiao</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+16" />
            <source>the discount limit must be 0 to 100 %</source>
            <translation>折扣上限必须在 0 到 100% 之间</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+18" />
            <source>the discount amount limit must be ￥0 or more</source>
            <translation>优惠金额上限必须是 ￥0 或以上</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+19" />
            <source>the idle lock must be 0 (never) to 240 minutes</source>
            <translation>闲置锁定时间必须在 0（从不）到 240 分钟之间</translation>
        </message>
        <message>
            <location filename="../services/refunds.py" line="+49" />
            <location line="+163" />
            <source>There is no such sale on this till (no sale {uuid}).</source>
            <translation>本收银台没有这笔销售（{uuid}）。</translation>
        </message>
        <message>
            <location line="-96" />
            <source>There is no sale {number} on this till.</source>
            <extracomment>what the customer paid less what was refunded already (fen)</extracomment>
            <translation>本收银台没有销售 {number}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is a refund, not a sale</source>
            <translation>{number} 是退款单，不是销售单</translation>
        </message>
        <message>
            <location line="+91" />
            <location filename="../services/sales.py" line="+12" />
            <location filename="../services/shifts.py" line="+154" />
            <location line="+65" />
            <source>no shift is open — open one first</source>
            <translation>没有开着的班次——请先开班</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {sale} goes out for delivery as {number}: take the parcel back in the deliveries screen (Ctrl+D, F5).</source>
            <translation>销售单 {sale} 已作为配送单 {number} 发货：请在配送单界面收回包裹（Ctrl+D, F5）。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>sale {number} has no line {line}</source>
            <translation>交易 {number} 没有第 {line} 行</translation>
        </message>
        <message>
            <location line="+3" />
            <source>line {line} is listed twice</source>
            <translation>第 {line} 行重复列出</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/refund_dialog/lines.py" line="+250" />
            <source>only {left} of line {line} can still be refunded</source>
            <translation>第 {line} 行只能再退 {left}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>nothing to refund</source>
            <translation>没有可退的内容</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount} in cash — refund by the original method, or put cash in first.</source>
            <translation>钱箱里应只有现金 {amount}——请按原支付方式退款，或先存入现金。</translation>
        </message>
        <message>
            <location filename="../services/settlement.py" line="-3" />
            <source>the period ends before it starts</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <location line="+51" />
            <source>nothing to settle for {code} from {start} to {end} (no unsettled sales)</source>
            <translation>{code} 在 {start} 至 {end} 期间没有可结算的内容（没有未结算的销售）</translation>
        </message>
        <message>
            <location filename="../services/shifts.py" line="-108" />
            <source>the opening float must be between ￥0 and ￥100,000</source>
            <extracomment>notes and coins counted at close, in fen: ￥100, 50, 20, 10, 5, 1, ￥0.5, ￥0.1 and the fen coins (5, 2, 1 fen — still legal tender; without them a till with no cash rounding always looks short)</extracomment>
            <translation>开班备用金必须在 ￥0 到 ￥100,000 之间</translation>
        </message>
        <message>
            <location line="+9" />
            <source>shift {number} is already open</source>
            <translation>班次 {number} 已经开着</translation>
        </message>
        <message>
            <location line="+26" />
            <source>give a reason for the cash movement</source>
            <translation>请填写存取现金的原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the amount must be above zero</source>
            <translation>金额必须大于零</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount}.</source>
            <translation>钱箱里应只有 {amount}。</translation>
        </message>
        <message>
            <location line="+71" />
            <source>There is no note or coin of {amount}.</source>
            <translation>没有面值 {amount} 的纸币或硬币。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a count must be a whole number from 0</source>
            <translation>数量必须是 0 或以上的整数</translation>
        </message>
        <message>
            <location line="+16" />
            <source>no shift is open — it may have been closed already</source>
            <translation>没有开着的班次——可能已经交班</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no Z report {number}</source>
            <translation>没有 Z报表 {number}</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+86" />
            <source>a PIN is 4 to 8 digits</source>
            <extracomment>roles that may approve what a cashier may not do alone a login name: lower-case ASCII letters, digits, ".", "_" or "-", at most 64</extracomment>
            <translation>密码为 4 到 8 位数字</translation>
        </message>
        <message>
            <location filename="../services/user_admin.py" line="+40" />
            <source>a user name is lower-case letters, digits, '.', '_' or '-': {name}</source>
            <translation>用户名只能由小写字母、数字、'.'、'_' 或 '-' 组成：{name}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+74" />
            <source>role must be one of cashier, manager, admin: {role}</source>
            <translation>角色必须是 cashier（收银员）、manager（经理）或 admin（管理员）之一：{role}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>the first user of a till must be an admin</source>
            <translation>收银台的第一个用户必须是管理员</translation>
        </message>
        <message>
            <location line="+3" />
            <source>user {name} already exists</source>
            <translation>用户 {name} 已存在</translation>
        </message>
        <message>
            <location line="+73" />
            <source>{name} is the only admin of this till and stays one</source>
            <translation>{name} 是本收银台唯一的管理员，角色不能更改</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+13" />
            <source>no user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unknown user or PIN</source>
            <translation>用户名或密码错误</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is locked after too many wrong PINs — try again in {minutes} minutes or ask a manager to unlock.</source>
            <translation>{name} 因密码输错次数过多已被锁定——请 {minutes} 分钟后再试，或请经理解锁。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That was a wrong PIN — {name} is now locked for {minutes} minutes.</source>
            <translation>密码错误——{name} 现已锁定 {minutes} 分钟。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That was a wrong PIN. Tries left before the account locks: {left}.</source>
            <translation>密码错误。账户锁定前剩余尝试次数：{left}。</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="+217" />
            <source>no count is open — start one first</source>
            <translation>没有进行中的盘点——请先开始盘点</translation>
        </message>
        <message>
            <location line="+2" />
            <source>fix the counts marked red first: {skus}</source>
            <translation>请先改正标红的盘点数：{skus}</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="+169" />
            <source>create the settlement first</source>
            <translation>请先生成结算单</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+101" />
            <location filename="../ui/backoffice/catalogue.py" line="+294" />
            <source>the price is in yuan with at most two decimals (like 12.50), not {text}</source>
            <translation>价格以元为单位，最多两位小数（如 12.50），而不是 {text}</translation>
        </message>
        <message>
            <location filename="../ui/discount_dialog.py" line="-49" />
            <source>a sale cannot come to ￥0 — give goods away as a gift (stock adjustment) instead</source>
            <translation>交易金额不能为 ￥0——如需赠送商品，请改用库存调整（赠送）</translation>
        </message>
        <message>
            <location filename="../services/authority.py" line="+73" />
            <source>a refund</source>
            <extracomment>action → rule (see the module's table) what each action is called in messages (translated by the UI)</extracomment>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a discount above the limit</source>
            <translation>超过限额的折扣</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a price change</source>
            <translation>改价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>opening the drawer without a sale</source>
            <translation>无销售打开钱箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>taking cash out of the drawer</source>
            <translation>从钱箱取出现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the counter rules</source>
            <translation>修改柜台规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the till's settings</source>
            <translation>修改收银台设置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the back office</source>
            <translation>后台管理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unlocking a user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>managing users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>restoring a backup or confirming the numbering after one</source>
            <translation>恢复备份或确认恢复后的编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>seeing the recipients' phone numbers and addresses</source>
            <translation>查看收件人的电话号码和地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirming an online order's payment</source>
            <translation>确认网上订单付款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelling an online order</source>
            <translation>取消网上订单</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} needs a manager's approval</source>
            <translation>{what}需要经理授权</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{what} needs an admin</source>
            <translation>{what}需要管理员</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} needs its own approval</source>
            <translation>{what}需要单独授权</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>{name} cannot approve {what}</source>
            <translation>{name}无权授权{what}</translation>
        </message>
        <message>
            <location filename="../services/hall.py" line="+38" />
            <source>type the hall's name in at least one language</source>
            <extracomment>script → the setting holding the hall's name in it</extracomment>
            <translation>请至少用一种语言输入展厅名称</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the hall's name is at most {n} characters</source>
            <translation>展厅名称最多 {n} 个字符</translation>
        </message>
        <message>
            <location filename="../services/setup.py" line="+59" />
            <source>a terminal code is 1 to 16 letters, digits, '-' or '_', like T01: {code}</source>
            <extracomment>a terminal code (the receipt-number prefix), as the county server takes it: ``T01``</extracomment>
            <translation>终端代码为 1 到 16 个字母、数字、“-”或“_”，例如 T01：{code}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the two PINs differ</source>
            <translation>两次输入的密码不一致</translation>
        </message>
        <message>
            <location line="+21" />
            <source>this till is set up already</source>
            <translation>此收银台已设置完毕</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/users.py" line="+38" />
            <source>the two PINs are not the same — type the PIN again</source>
            <translation>两次输入的PIN码不一致——请重新输入</translation>
        </message>
        <message>
            <location filename="../services/numbering.py" line="+105" />
            <source>this till was restored from a backup: sync with the county office, or have a manager confirm the receipt numbering in the back office, before selling</source>
            <extracomment>the floor settings per kind of number (receipt, shift, Z report) set by a restore (issue #14): the till sells again once the numbering floors are known to be past every number used before — from the county server when enrolled, else a manager's word</extracomment>
            <translation>本收银台已从备份恢复：销售前请与县办公室同步，或由经理在后台确认小票编号</translation>
        </message>
        <message>
            <location filename="../services/numbering_check.py" line="+38" />
            <source>receipt number</source>
            <extracomment>the highest sequence a number can carry: receipts ``T01-000123``, shifts ``SH-T01-000003`` and Z reports ``Z-T01-000002`` have six digits (services/numbering.py) what each kind of number is called in messages (translated by the UI)</extracomment>
            <translation>小票号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift number</source>
            <translation>班次号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report number</source>
            <translation>Z报表号</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{value} is too high for a {what}: the highest is {highest}</source>
            <translation>{value} 作为{what}太大：最大为 {highest}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the till has already used {what} {known}: the numbering cannot be set lower</source>
            <translation>收银台已用过{what} {known}：编号不能设得更低</translation>
        </message>
        <message>
            <location filename="../printing/printer.py" line="+49" />
            <source>The printer address {printer} is the till's own database — check the printer address.</source>
            <extracomment>the printer failures a cashier sees (``{printer}``: :meth:`PrinterTarget.describe`)</extracomment>
            <translation>打印机地址 {printer} 是收银台自己的数据库——请检查打印机地址。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} dropped the connection — the receipt may not have printed.</source>
            <translation>打印机 {printer} 断开了连接——小票可能没有打印出来。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} did not answer within {seconds} s — is it switched on?</source>
            <translation>打印机 {printer} 在 {seconds} 秒内没有应答——电源开了吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} refused the connection — is it switched on and is the port right?</source>
            <translation>打印机 {printer} 拒绝了连接——电源开了吗？端口对吗？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer}: no USB driver found — install libusb, or on Windows use the printer's driver.</source>
            <translation>打印机 {printer}：找不到USB驱动——请安装 libusb，在 Windows 上请使用打印机自带的驱动。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This kind of printer needs the {package} package.</source>
            <translation>此类打印机需要 {package} 软件包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer {printer} could not be used</source>
            <translation>打印机 {printer} 无法使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The receipt could not be prepared for printing</source>
            <translation>无法准备打印小票</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The timeout must be seconds, not {value}: {uri}</source>
            <extracomment>templates whose English form may be followed by ``": detail"``, and those that may not slowest throughput to allow for (bytes/s): a long raster job gets this much more time</extracomment>
            <translation>超时必须是秒数，不能是 {value}：{uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timeout must be between 0 and 120 s: {uri}</source>
            <translation>超时必须在 0 到 120 秒之间：{uri}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no host in {uri} (e.g. network://192.168.1.50:9100).</source>
            <translation>{uri} 中没有主机（例如 network://192.168.1.50:9100）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The port in {uri} is not a number from 1 to 65535.</source>
            <translation>{uri} 中的端口不是 1 到 65535 之间的数字。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Port 0 is not a printer port: {uri}</source>
            <translation>端口 0 不是打印机端口：{uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rate must be bytes per second (at least 1000), not {value}.</source>
            <translation>速率必须是每秒字节数（至少 1000），不能是 {value}。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A USB printer is usb://VID:PID in hexadecimal (e.g. usb://0483:5743), not {uri}.</source>
            <translation>USB打印机应写成十六进制的 usb://VID:PID（例如 usb://0483:5743），不能是 {uri}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The USB ids are out of range in {uri}.</source>
            <translation>{uri} 中的USB编号超出范围。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no serial device in {uri} (e.g. serial:///dev/ttyS0?baud=9600).</source>
            <translation>{uri} 中没有串口设备（例如 serial:///dev/ttyS0?baud=9600）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The baud must be a standard rate (9600, 19200, 38400, 115200 …), not {value}.</source>
            <translation>波特率必须是标准值（9600、19200、38400、115200 …），不能是 {value}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A file printer is file:///full/path (three slashes), not {uri}.</source>
            <translation>文件打印机应写成 file:///完整路径（三个斜杠），不能是 {uri}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no file in {uri} (e.g. file:///dev/usb/lp0).</source>
            <translation>{uri} 中没有文件（例如 file:///dev/usb/lp0）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown printer {uri}: use network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 or preview</source>
            <translation>未知打印机 {uri}：请使用 network://HOST:PORT、usb://VID:PID、serial:///dev/ttyS0?baud=9600、file:///dev/usb/lp0 或 preview</translation>
        </message>
        <message>
            <location filename="../domain/delivery.py" line="+34" />
            <source>to pack</source>
            <extracomment>the statuses, in their order status → the statuses it may move to what a status is called on screen (translated by the UI, context "DomainError")</extracomment>
            <translation>待打包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>packed</source>
            <translation>已打包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed over</source>
            <translation>已交邮</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delivered</source>
            <translation>已送达</translation>
        </message>
        <message>
            <location line="+1" />
            <source>returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location line="+5" />
            <source>at the counter</source>
            <extracomment>where an order came from</extracomment>
            <translation>柜台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat mall</source>
            <translation>微信商城</translation>
        </message>
        <message>
            <location line="+1" />
            <source>online shop</source>
            <translation>网店</translation>
        </message>
        <message>
            <location line="+97" />
            <source>the {field} is longer than {limit} characters</source>
            <extracomment>carriers offered (any other name is allowed) the SKU of the postage line of a delivery's sale (no product, no stock, no cooperative) Tibet's prefecture-level divisions (2026) Shannan's county-level divisions the hall's own county and prefecture (postage zone "county" and "prefecture")</extracomment>
            <translation>{field}超过 {limit} 个字符</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient's name</source>
            <translation>收件人姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recipient's name in Tibetan</source>
            <translation>收件人藏文姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>province</source>
            <translation>省</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prefecture or city</source>
            <translation>地区或市</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county</source>
            <translation>县</translation>
        </message>
        <message>
            <location line="+1" />
            <source>township</source>
            <translation>乡镇</translation>
        </message>
        <message>
            <location line="+1" />
            <source>village or street</source>
            <translation>村或街道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>channel's order number</source>
            <translation>渠道订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the {field} is missing</source>
            <translation>缺少{field}</translation>
        </message>
        <message>
            <location line="+59" />
            <source>the address needs its {field}</source>
            <extracomment>other names people type for places (Wylie-less romanisations, old names)</extracomment>
            <translation>地址需要填写{field}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the recipient's phone number is missing</source>
            <translation>缺少收件人电话号码</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{phone} is not a phone number: a mobile has 11 digits starting with 1, a landline starts with its area code (0893-…)</source>
            <translation>{phone} 不是电话号码：手机号为 1 开头的 11 位数字，座机号以区号开头（0893-…）</translation>
        </message>
        <message>
            <location line="+60" />
            <source>the tracking number is missing</source>
            <extracomment>the shortest tracking number taken (China Post's domestic numbers have 13 digits, S10 13 characters)</extracomment>
            <translation>缺少运单号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{tracking} is not a tracking number: letters and digits only, at most 40</source>
            <translation>{tracking} 不是运单号：只能有字母和数字，最多 40 位</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{tracking} has a wrong check digit: check the number on the waybill</source>
            <translation>{tracking} 的校验位不对：请核对面单上的号码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{tracking} is too short for a tracking number: check the number on the waybill</source>
            <translation>{tracking} 作为运单号太短：请核对面单上的号码</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{weight} is not a weight in kg</source>
            <translation>{weight} 不是以公斤计的重量</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a parcel weighs between 0.001 and 50 kg</source>
            <translation>包裹重量须在 0.001 到 50 公斤之间</translation>
        </message>
        <message>
            <location line="+8" />
            <source>in the county</source>
            <translation>本县</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Shannan</source>
            <translation>山南市内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Tibet</source>
            <translation>西藏区内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>elsewhere in China</source>
            <translation>区外</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+3" />
            <source>the postage table in the settings cannot be read</source>
            <translation>设置中的邮费表无法读取</translation>
        </message>
        <message>
            <location line="+15" />
            <source>a delivery that is {status} cannot become {target}</source>
            <extracomment>the default table (China Post parcel rates from Qonggyai, rounded; fen)</extracomment>
            <translation>{status}的配送单不能改为{target}</translation>
        </message>
        <message>
            <location filename="../services/delivery_settings.py" line="+75" />
            <source>personal data is kept between 1 and 3650 days</source>
            <extracomment>days after delivery (or return) when a recipient's phone and address are erased till settings keys</extracomment>
            <translation>个人信息保留天数须在 1 到 3650 天之间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a returned parcel's postage is kept or refunded</source>
            <translation>退回包裹的邮费只能选择不退或退还</translation>
        </message>
        <message>
            <location filename="../services/delivery.py" line="+138" />
            <source>the order's channel {channel} is unknown</source>
            <translation>订单渠道 {channel} 未知</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{value} is not a date (2026-12-31)</source>
            <translation>{value} 不是日期（2026-12-31）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the requested delivery date {value} is in the past</source>
            <translation>要求的送达日期 {value} 已经过去</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+248" />
            <source>postage must be between ￥0 and ￥1,000</source>
            <translation>邮费须在 ￥0 到 ￥1,000 之间</translation>
        </message>
        <message>
            <location line="-138" />
            <location filename="../services/delivery_docs.py" line="+86" />
            <source>There is no delivery {number} on this till.</source>
            <translation>本收银台没有配送单 {number}。</translation>
        </message>
        <message>
            <location line="+120" />
            <source>tracking number {tracking} is already on delivery {number}</source>
            <translation>运单号 {tracking} 已用于配送单 {number}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{number} was packed under waybill {assigned}, not {tracking}: check the parcel</source>
            <translation>{number} 打包时用的面单是 {assigned}，不是 {tracking}：请核对包裹</translation>
        </message>
        <message>
            <location filename="../printing/packing_slip.py" line="+79" />
            <source>There is no packing slip to print.</source>
            <extracomment>the slip's fixed labels: Tibetan, Chinese, English (the Tibetan is the shop's wording; have a native speaker confirm changes) where an order came from, as the slip prints it</extracomment>
            <translation>没有要打印的配货单。</translation>
        </message>
        <message>
            <location filename="../printing/shipping_label.py" line="+57" />
            <source>{size} is not a shipping label size; the sizes are {known}</source>
            <extracomment>label stocks: name → (width, height) in mm Code 128: quiet zone on each side, in modules (ISO/IEC 15417 asks for at least 10) bar heights of the Code 128 symbol, and the module widths tried (printer dots, widest first) thermal printers' real dot pitch: "203 dpi" heads are 8 dots/mm, "300 dpi" ones 12 the recipient's name size is tried from the first down to the second (mm, steps of 0.25)</extracomment>
            <translation>{size} 不是面单尺寸；可用尺寸为 {known}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no shipping label to print.</source>
            <translation>没有要打印的面单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient's name and address do not fit on a {size} label; shorten the address.</source>
            <translation>收件人姓名和地址在 {size} 面单上放不下，请缩短地址。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tracking number {tracking} is too long for the label's barcode.</source>
            <translation>运单号 {tracking} 太长，面单条码放不下。</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="-24" />
            <source>row {row}: give the weight in kg</source>
            <translation>第 {row} 行：请填写重量（公斤）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>row {row}: a price is not an amount in yuan</source>
            <translation>第 {row} 行：有价格不是以元计的金额</translation>
        </message>
        <message>
            <location filename="../services/online_orders.py" line="+62" />
            <source>cash</source>
            <extracomment>the payment methods of ``order.confirmed`` → the till's tender ("card" is a UnionPay card) what each method is called in messages (translated by the UI)</extracomment>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location line="+70" />
            <source>There is no online order {number} on this till.</source>
            <translation>本收银机上没有网上订单 {number}。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Online order {number} is {status}, not awaiting payment: nothing was changed.</source>
            <translation>网上订单 {number} 的状态是{status}，不是待付款：未做任何更改。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{method} is not a payment method here (cash, wechat, alipay, card).</source>
            <translation>{method} 不是这里的付款方式（现金、微信支付、支付宝、银行卡）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The payment reference may be at most {limit} characters.</source>
            <translation>付款参考号最多 {limit} 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment by {what} needs its reference (the transaction number).</source>
            <translation>{what}付款需要填写参考号（交易号）。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Online order {number} has {sku}, which this till does not know: sync the catalogue first, or cancel the order.</source>
            <translation>网上订单 {number} 中有 {sku}，本收银机不认识：请先同步商品目录，或取消订单。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Online order {number} has {sku} by the {unit}, but this till sells it by the {till_unit}: sync the catalogue, or cancel the order.</source>
            <translation>网上订单 {number} 中的 {sku} 按{unit}计，但本收银机按{till_unit}销售：请同步商品目录，或取消订单。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Online order {number}'s line {sku} does not add up: sync again, or cancel it.</source>
            <translation>网上订单 {number} 的 {sku} 行金额不符：请重新同步，或取消订单。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Online order {number}'s lines do not add up to its amount: sync again, or cancel it.</source>
            <translation>网上订单 {number} 各行合计与订单金额不符：请重新同步，或取消订单。</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Give the reason for cancelling the order (at most {limit} characters).</source>
            <translation>请填写取消订单的原因（最多 {limit} 个字符）。</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <location filename="../ui/forms/enrol.py" line="+20" />
            <source>The server address must start with https:// (or http:// on the hall's own network), for example https://county.example:8000.</source>
            <translation>服务器地址必须以 https:// 开头（在展厅自己的网络中可用 http://），例如 https://county.example:8000。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server cannot be reached at this address. Check the address, the network cable or Wi-Fi, and ask the county office whether the server is running.</source>
            <translation>无法通过此地址连接县服务器。请检查地址、网线或 Wi-Fi，并询问县办公室服务器是否在运行。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server's certificate cannot be checked. Choose the CA file the county office gave you, or check that the address is right.</source>
            <translation>无法验证服务器的证书。请选择县办公室提供的 CA 文件，或检查地址是否正确。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The one-time code was not accepted: it is wrong, used already or expired. Ask the county office for a new code.</source>
            <translation>一次性代码未被接受：代码有误、已被使用或已过期。请向县办公室索取新代码。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something answers at this address, but it is not a Yarlung county server. Check the address with the county office.</source>
            <translation>此地址有响应，但不是雅砻县服务器。请与县办公室核对地址。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The county server refused the enrolment: {0}</source>
            <translation>县服务器拒绝了注册：{0}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>County server address</source>
            <translation>县服务器地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One-time code</source>
            <translation>一次性代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CA file (optional)</source>
            <translation>CA 文件（可选）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the county office</source>
            <translation>由县办公室提供</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only if the county office gave you one</source>
            <translation>仅当县办公室提供时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+26" />
            <source>Enrolled: this till is {0} for the county office.</source>
            <translation>已注册：本收银台在县办公室的代码为 {0}。</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The county office's CA file</source>
            <translation>县办公室的 CA 文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type the county server's address.</source>
            <translation>请输入县服务器地址。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the one-time code from the county office.</source>
            <translation>请输入县办公室提供的一次性代码。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting to the county server…</source>
            <translation>正在连接县服务器…</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-64" />
            <source>The county office</source>
            <translation>县办公室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled, the till sends every sale to the county office and takes its catalogue.</source>
            <translation>注册后，收银台会把每笔销售发送到县办公室，并使用其商品目录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>在县办公室注册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work alone for now</source>
            <translation>暂时单独使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminal code</source>
            <translation>终端代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbers start with this code (like T01). You can enrol later in the back office; sales made before are sent then.</source>
            <translation>小票编号以此代码开头（例如 T01）。之后可在后台注册，之前的销售届时一并发送。</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Yarlung POS — first administrator</source>
            <translation>Yarlung POS — 首位管理员</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till has no users yet. Create the administrator, who can then add cashiers and managers (yarlung-pos user add …).</source>
            <translation>本收银台还没有用户。请先创建管理员，之后由管理员添加收银员和经理（yarlung-pos user add …）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN (4–8 digits)</source>
            <translation>密码（4–8 位数字）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two PINs differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>FloatPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+237" />
            <source>The first shift</source>
            <translation>第一个班次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count the cash put in the drawer to start with.</source>
            <translation>清点放入钱箱的备用金。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish sets the till up and opens the first shift with this float, signed in as the administrator.</source>
            <translation>点“完成”即完成设置，以管理员身份登录，并用此备用金开启第一个班次。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Type the float in yuan, e.g. 200 or 200.50.</source>
            <translation>请以元为单位输入备用金，例如 200 或 200.50。</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../ui/backoffice/editor.py" line="+227" />
            <source>Close</source>
            <extracomment>what a field's input is (:attr:`Field.kind`)</extracomment>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>HallPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-342" />
            <source>The hall</source>
            <translation>展厅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name printed at the top of every receipt.</source>
            <translation>打印在每张小票顶部的名称。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the hall's name as customers should read it. A language left empty takes the first name typed.</source>
            <translation>按顾客应看到的样子输入展厅名称。留空的语言使用第一个输入的名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In English</source>
            <translation>英文</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-220" />
            <source>Hand over {0}</source>
            <translation>交邮 {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode</source>
            <translation>扫描面单条码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>China Post</source>
            <translation>中国邮政</translation>
        </message>
        <message>
            <location line="+0" />
            <source>EMS</source>
            <translation>EMS 邮政速递</translation>
        </message>
        <message>
            <location line="+10" />
            <source>optional, e.g. 12.00</source>
            <translation>可不填，例如 12.00</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tracking number</source>
            <translation>运单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carrier</source>
            <translation>承运商</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>包裹重量（公斤）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage paid</source>
            <translation>已付邮费</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handed over (Enter)</source>
            <translation>已交邮 (Enter)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not an amount: {0} (type yuan, e.g. 12.50)</source>
            <translation>不是金额：{0}（请输入元，例如 12.50）</translation>
        </message>
    </context>
    <context>
        <name>LabelTemplate</name>
        <message>
            <location filename="../ui/labels/options.py" line="+22" />
            <source>{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm</source>
            <extracomment>how a label stock is named in the template list: {0} its code (``a4-3x8``), then the sizes</extracomment>
            <translation>{0} — A4 纸，{1} × {2} 张标签，每张 {3} × {4} 毫米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — {5} × {6} mm sheet, {1} × {2} labels of {3} × {4} mm</source>
            <translation>{0} — {5} × {6} 毫米纸，{1} × {2} 张标签，每张 {3} × {4} 毫米</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — roll labels {3} × {4} mm</source>
            <translation>{0} — 卷筒标签 {3} × {4} 毫米</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <location filename="../ui/labels/dialog.py" line="+29" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Preview (first page)</source>
            <translation>预览（第一页）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No labels yet</source>
            <translation>还没有标签</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add products on the left: search, scan a label, or add a whole category.</source>
            <translation>请在左侧添加商品：搜索、扫描标签，或添加整个分类。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No preview</source>
            <translation>无预览</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These labels cannot be made: {0}</source>
            <translation>无法生成这些标签：{0}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>1 label on 1 page</source>
            <translation>1 页，共 1 张标签</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} labels on 1 page</source>
            <translation>1 页，共 {0} 张标签</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} labels on {1} pages</source>
            <translation>{1} 页，共 {0} 张标签</translation>
        </message>
    </context>
    <context>
        <name>LabelsOptions</name>
        <message>
            <location filename="../ui/labels/options.py" line="+27" />
            <source>Position of the first label on a partly used sheet (counted left to right, top to bottom)</source>
            <translation>已用过一部分的标签纸上第一张标签的位置（从左到右、从上到下数）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move the print right (negative: left)</source>
            <translation>打印内容右移（负数：左移）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the print down (negative: up)</source>
            <translation>打印内容下移（负数：上移）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save calibration</source>
            <translation>保存校准</translation>
        </message>
        <message>
            <location line="+4" />
            <source>right</source>
            <translation>右</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down</source>
            <translation>下</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label stock</source>
            <translation>标签纸规格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start at label</source>
            <translation>从第几张开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names in</source>
            <translation>名称文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calibration (mm)</source>
            <translation>校准（毫米）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Calibration not saved: {0}</source>
            <translation>校准未保存：{0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Calibration of {0} saved: {1:g} mm right, {2:g} mm down.</source>
            <translation>{0} 的校准已保存：右移 {1:g} 毫米，下移 {2:g} 毫米。</translation>
        </message>
    </context>
    <context>
        <name>LabelsOutput</name>
        <message>
            <location filename="../ui/labels/output.py" line="+81" />
            <source>Save PDF…</source>
            <extracomment>a PDF made for the viewer older than this (seconds) is removed when the next one is made cache folders already cleared of old PDFs in this run</extracomment>
            <translation>保存 PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in viewer</source>
            <translation>在阅读器中打开</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>opened {0}</source>
            <translation>已打开 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved to {0}, but no PDF viewer could be opened.</source>
            <translation>已保存到 {0}，但无法打开 PDF 阅读器。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{0} — {1}.</source>
            <translation>{0} — {1}。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save labels as PDF</source>
            <translation>将标签保存为 PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF not saved: {0}</source>
            <translation>PDF 未保存：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>saved to {0}</source>
            <translation>已保存到 {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PDF not made: {0}</source>
            <translation>PDF 未生成：{0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print labels</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not printed: {0}</source>
            <translation>未打印：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sent to {0}</source>
            <translation>已发送到 {0}</translation>
        </message>
    </context>
    <context>
        <name>LabelsProducts</name>
        <message>
            <location filename="../ui/labels/products.py" line="+34" />
            <source>Name, SKU, barcode or a scanned label</source>
            <translation>名称、货号、条码或扫描标签</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Add whole category</source>
            <translation>添加整个分类</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find products</source>
            <translation>查找商品</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove all</source>
            <translation>全部移除</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Labels to print (Delete removes the selected rows)</source>
            <translation>待打印的标签（按 Delete 删除所选行）</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not changed: {0}</source>
            <translation>未更改：{0}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Added {0} products of {1}.</source>
            <translation>已添加{1}的 {0} 种商品。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Copies of {0}</source>
            <translation>{0} 的份数</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove {0}</source>
            <translation>移除 {0}</translation>
        </message>
        <message>
            <location line="+65" />
            <source>No product for “{0}”: {1}</source>
            <translation>“{0}”没有对应的商品：{1}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No product matches “{0}”.</source>
            <translation>没有与“{0}”匹配的商品。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added {0} (× {1}).</source>
            <translation>已添加 {0}（× {1}）。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-47" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is new. A few steps set it up; you can go back to any step.</source>
            <translation>这是一台新收银台。几个步骤即可完成设置，可随时返回任一步。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the language of the till's screens:</source>
            <translation>选择收银台界面的语言：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The language could not be saved: {0}</source>
            <translation>无法保存语言：{0}</translation>
        </message>
    </context>
    <context>
        <name>OnlineOrdersDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+68" />
            <source>Online orders awaiting payment</source>
            <translation>待付款的网上订单</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Confirm payment… (F2)</source>
            <translation>确认付款… (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel… (F5)</source>
            <translation>取消… (F5)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>顾客</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Items</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delivery</source>
            <translation>配送</translation>
        </message>
        <message>
            <location line="+0" />
            <source>pick-up</source>
            <translation>自提</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No online orders are waiting for payment.</source>
            <translation>没有待付款的网上订单。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select an order first (arrow keys).</source>
            <translation>请先选择一个订单（方向键）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} paid: sale {1}, delivery {2} to pack.</source>
            <translation>{0} 已付款：销售 {1}，配送单 {2} 待打包。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} paid: sale {1}, picked up.</source>
            <translation>{0} 已付款：销售 {1}，已取货。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} cancelled.</source>
            <translation>{0} 已取消。</translation>
        </message>
    </context>
    <context>
        <name>OpenShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="-199" />
            <source>Open shift</source>
            <translation>开班</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count the cash in the drawer (the float) and type it, or count it by note and coin. Sales and refunds need an open shift.</source>
            <translation>清点钱箱里的现金（备用金）并输入金额，或按纸币和硬币逐项清点。销售和退款都需要先开班。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 200</source>
            <translation>例如 200</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count by note and coin</source>
            <translation>按纸币和硬币清点</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open shift (Enter)</source>
            <translation>开班 (Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Float (￥)</source>
            <translation>备用金 (￥)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Type the float in yuan, e.g. 200 or 150.50.</source>
            <translation>请输入备用金（元），例如 200 或 150.50。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>不是有效金额：{0}（请输入元，例如 200 或 12.50）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The shift could not be opened: {0}</source>
            <translation>无法开班：{0}</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-107" />
            <source>Pack {0}</source>
            <extracomment>a delivery number in what a scanner typed (the parcel's QR may carry it in an address)</extracomment>
            <translation>打包 {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode, or leave empty</source>
            <translation>扫描面单条码，或留空</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waybill (tracking number)</source>
            <translation>面单（运单号）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Packed (Enter)</source>
            <translation>已打包 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ParkedSalesDialog</name>
        <message>
            <location filename="../ui/parked_dialog.py" line="+30" />
            <source>Parked sales</source>
            <translation>挂单</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0}  ·  lines: {1}  ·  {2}  ·  {3}  ·  {4}</source>
            <translation>{0}  ·  行数：{1}  ·  {2}  ·  {3}  ·  {4}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No parked sales.</source>
            <translation>没有挂单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter recalls the selected sale.</source>
            <translation>按 Enter 取回所选挂单。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recall (Enter)</source>
            <translation>取单 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <location filename="../ui/payment_dialog.py" line="+29" />
            <source>Cash 现金</source>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay 微信支付</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay 支付宝</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay 银联卡</source>
            <translation>银联卡</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location line="+17" />
            <source>Payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reference (optional), e.g. last digits of the transaction</source>
            <translation>参考号（可选），例如交易号后几位</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Complete sale (Enter)</source>
            <translation>完成交易 (Enter)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Back to sale (Esc)</source>
            <translation>返回交易 (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount due</source>
            <translation>应收金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Still to pay</source>
            <translation>还需支付</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Payments taken</source>
            <translation>已收款项</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cash tendered</source>
            <translation>实收现金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>不是有效金额：{0}（请输入元，例如 200 或 12.50）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A {0} payment cannot exceed what is due ({1}).</source>
            <translation>{0} 支付不能超过应付金额（{1}）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The sale is not stored yet: {0}. The payments are kept — press Enter to try again.</source>
            <translation>交易尚未保存：{0}。已收款项已保留——按 Enter 重试。</translation>
        </message>
    </context>
    <context>
        <name>PolicyTab</name>
        <message>
            <location filename="../ui/backoffice/policy.py" line="+53" />
            <source>none (exact to the fen)</source>
            <translation>不抹零（精确到分）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen: ￥12.37 is paid as ￥12.30</source>
            <translation>抹去分：￥12.37 按 ￥12.30 收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nearest jiao: ￥12.35 is paid as ￥12.40</source>
            <translation>四舍五入到角：￥12.35 按 ￥12.40 收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>现金抹零</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit</source>
            <translation>折扣比例上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this share of what it applies to needs a manager.</source>
            <translation>超过所折商品金额此比例的折扣需要经理授权。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discount amount limit</source>
            <translation>折扣金额上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this amount needs a manager.</source>
            <translation>超过此金额的折扣需要经理授权。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idle lock</source>
            <translation>闲置锁定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till locks after this many minutes without use (0 = never).</source>
            <translation>收银台闲置这么多分钟后锁定（0 = 从不）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counter rules</source>
            <translation>收银规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These rules apply to every sale at this till. Changing them needs a manager or admin; every change is in the audit log.</source>
            <translation>这些规则适用于本收银台的每笔销售。修改需要经理或管理员；每次修改都记入审计日志。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Counter rules saved.</source>
            <translation>收银规则已保存。</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+259" />
            <source>The receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where receipts are printed. You can set it later in Settings.</source>
            <translation>用于打印小票，之后也可在“设置”中设置。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the printer's address and choose the paper, then print a test page.</source>
            <translation>输入打印机地址并选择纸张，然后打印测试页。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer address</source>
            <translation>打印机地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} — {1} dots</source>
            <translation>{0} — {1} 点</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a test page</source>
            <translation>打印测试页</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No receipt printer for now (skip)</source>
            <translation>暂不使用小票打印机（跳过）</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>测试页未打印：{0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>正在打印测试页…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The printer cannot be used: {0}</source>
            <translation>无法使用该打印机：{0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+12" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>全部保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>是(&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>全部是(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>否(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>全部否(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>中止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../ui/backoffice/receive.py" line="+47" />
            <source>Receive goods</source>
            <translation>收货入库</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Scan, type an SKU (GRAIN-002:12.5 adds 12.5) or search, then Enter</source>
            <translation>扫码、输入货号（GRAIN-002:12.5 表示加 12.5）或搜索，然后按 Enter</translation>
        </message>
        <message>
            <location line="+16" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery note number, driver, remarks…</source>
            <translation>送货单号、司机、备注…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receive</source>
            <translation>入库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print labels for this receipt</source>
            <translation>为本次入库打印标签</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From cooperative</source>
            <translation>供货合作社</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add product</source>
            <translation>添加商品</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lines (click a quantity to change it)</source>
            <translation>明细（点击数量可修改）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Remove {0}</source>
            <translation>移除 {0}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cooperative set to {0}, the supplier of {1}.</source>
            <translation>合作社已设为 {0}（{1} 的供货方）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {0} comes from {1}, not from the cooperative chosen.</source>
            <translation>注意：{0} 来自 {1}，不是所选的合作社。</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No product for “{0}”: {1}</source>
            <translation>“{0}”没有对应的商品：{1}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Not received — fix the quantities in red: {0}</source>
            <translation>未入库——请改正标红的数量：{0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not received: {0}</source>
            <translation>未入库：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received as {0}.</source>
            <translation>已入库，单号 {0}。</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+93" />
            <location filename="../ui/refund_dialog/lines.py" line="-129" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the receipt's QR code or type its number, e.g. T01-000123</source>
            <extracomment>the ``RefundableSale`` shown, or ``None`` the last ``CompletedRefund`` made in this dialog, or ``None``</extracomment>
            <translation>扫描小票上的二维码或输入单号，例如 T01-000123</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find sale</source>
            <translation>查找交易</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="-3" />
            <source>Product</source>
            <extracomment>the colour of refusals and of a line's amount that cannot be computed</extracomment>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded</source>
            <translation>已退</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refundable</source>
            <translation>可退</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+11" />
            <source>Everything refundable (Ctrl+A)</source>
            <translation>全部可退 (Ctrl+A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing</source>
            <translation>清空</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All in cash</source>
            <translation>全部退现金</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put the goods back on the shelf (untick to write them off)</source>
            <translation>商品放回货架（取消勾选则报损）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why (optional), e.g. damaged, wrong size</source>
            <translation>原因（可选），例如损坏、尺码不对</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Refund (Enter)</source>
            <translation>退款 (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Receipt</source>
            <translation>小票</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Money back</source>
            <translation>退款方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goods</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+84" />
            <location line="+69" />
            <location line="+47" />
            <source>Scan the receipt's QR code or type its number first.</source>
            <translation>请先扫描小票二维码或输入单号。</translation>
        </message>
        <message>
            <location line="-108" />
            <source>The sale cannot be read now: {0}</source>
            <translation>暂时无法读取该交易：{0}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sale {0} has been refunded in full — nothing is left to refund.</source>
            <translation>交易 {0} 已全部退款——没有可退的了。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No sale yet: scan the receipt's QR code or type its number, then Enter.</source>
            <translation>还没有交易：扫描小票二维码或输入单号，然后按 Enter。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As paid</source>
            <translation>原路退回</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sale {0} · {1} · total {2}</source>
            <translation>交易 {0} · {1} · 合计 {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>left to pay back: {0}</source>
            <translation>尚可退：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As paid ({0})</source>
            <translation>原路退回（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As paid (cash)</source>
            <translation>原路退回（现金）</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="+58" />
            <source>Type the quantity to refund (at most {0})</source>
            <translation>输入退货数量（最多 {0}）</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Line {0}: {1}</source>
            <translation>第 {0} 行：{1}</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+46" />
            <location line="+4" />
            <source>To refund {0}</source>
            <translation>应退 {0}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the quantities to refund in the Refund column, or press Ctrl+A for everything refundable.</source>
            <translation>在“退款”列输入退货数量，或按 Ctrl+A 全部退。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A manager must approve this refund: choose the manager and type their PIN, then Enter.</source>
            <translation>此退款需经理授权：选择经理并输入其密码，然后按 Enter。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A manager must approve this refund.</source>
            <translation>此退款需经理授权。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The refund is not stored: {0}. Nothing was refunded — press Enter to try again.</source>
            <translation>退款未保存：{0}。没有退任何款项——按 Enter 重试。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back{2}. Goods {3}.</source>
            <translation>退款 {0} 已保存：退回 {1}{2}。商品{3}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>back on the shelf</source>
            <translation>已放回货架</translation>
        </message>
        <message>
            <location line="+0" />
            <source>written off</source>
            <translation>已报损</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {0} is now refunded in full.</source>
            <translation>交易 {0} 现已全部退款。</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="+109" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+1" />
            <location line="+3" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperative</source>
            <translation>合作社</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sales by category</source>
            <translation>分类销售额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top products</source>
            <translation>畅销商品</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By payment method</source>
            <translation>按支付方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By category</source>
            <translation>按分类</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By cooperative</source>
            <translation>按合作社</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay card</source>
            <translation>银联卡</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sales: {0} · gross {1} · refunds: {2} ({3}) · &lt;b&gt;net {4}&lt;/b&gt;</source>
            <translation>销售：{0} 笔 · 总额 {1} · 退款：{2} 笔（{3}） · &lt;b&gt;净额 {4}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Report saved to {0}</source>
            <translation>报表已保存到 {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export daily report</source>
            <translation>导出日报表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Report not saved: {0}</source>
            <translation>报表未保存：{0}</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+120" />
            <source>Return {0}</source>
            <translation>退回 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the goods back on the shelf</source>
            <translation>商品放回货架</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the goods off (damaged or lost)</source>
            <translation>商品报损（损坏或丢失）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The parcel {0} for {1} came back. The sale {2} is refunded.</source>
            <translation>寄给 {1} 的包裹 {0} 已退回，销售单 {2} 将退款。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel (Esc)</source>
            <translation>取消 (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take the parcel back (Enter)</source>
            <translation>收回包裹 (Enter)</translation>
        </message>
    </context>
    <context>
        <name>SalesChart</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="-149" />
            <source>No sales on this day</source>
            <translation>当天没有销售</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+47" />
            <source>Settings</source>
            <extracomment>each receipt language named in its own script (what the chooser shows, in any screen language) the receipt language choices offered, in stacking order (a setting not listed is added)</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+9" />
            <source>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview (no printer)</source>
            <translation>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview（不接打印机）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — {1} dots</source>
            <translation>{0} — {1} 点</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cut the paper after each receipt</source>
            <translation>每张小票打印后切纸</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No cash drawer</source>
            <translation>无钱箱</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 2 (most drawers)</source>
            <translation>针脚 2（大多数钱箱）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 5</source>
            <translation>针脚 5</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scripts on receipts and X/Z reports, top to bottom. With all three, names print in all three and the labels in Chinese and English.</source>
            <translation>小票和 X/Z 报表上的文字，按从上到下的顺序。选择全部三种时，商品名称三种文字都打印，栏目名称用中文和英文。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt printer</source>
            <translation>小票打印机</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model (profile)</source>
            <translation>打印机型号（profile）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cash drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>小票文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>小票二维码地址</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print a test page</source>
            <translation>打印测试页</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>测试页未打印：{0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>正在打印测试页…</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+3" />
            <source>Not saved: {0}</source>
            <translation>未保存：{0}</translation>
        </message>
    </context>
    <context>
        <name>SettlementTab</name>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="-125" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+170" />
            <source>Create settlement</source>
            <translation>生成结算单</translation>
        </message>
        <message>
            <location line="-163" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>退回</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gross</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+139" />
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="-133" />
            <source>Save statement PDF…</source>
            <translation>保存结算单 PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save CSV…</source>
            <translation>保存 CSV…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cooperative</source>
            <translation>合作社</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Press Preview to see the settlement.</source>
            <translation>点击“预览”查看结算。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Preview only — nothing is saved until “Create settlement”.</source>
            <translation>仅为预览——点击“生成结算单”之前不会保存任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unsettled sales of this cooperative in these dates.</source>
            <translation>该合作社在这段日期内没有未结算的销售。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Settlement {0} saved: {1}, {2} – {3}</source>
            <translation>结算单 {0} 已保存：{1}，{2} – {3}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved as {0}. Save the statement for the cooperative to sign.</source>
            <translation>已保存为 {0}。请保存结算单，供合作社签字。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CSV saved to {0}</source>
            <translation>CSV 已保存到 {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Statement saved to {0}</source>
            <translation>结算单已保存到 {0}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Gross sales</source>
            <translation>销售总额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commission ({0})</source>
            <translation>佣金（{0}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount due to the cooperative</source>
            <translation>应付合作社金额</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pay to: {0}</source>
            <translation>收款方：{0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled and cannot be settled again. Create it?</source>
            <translation>结算{1}在 {2} 至 {3} 期间的 {0} 笔销售：应付 {4}。这些销售随后会被标记为已结算，不能再次结算。确定生成吗？</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save statement as PDF</source>
            <translation>将结算单保存为 PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This version cannot make statement PDFs yet; save the CSV instead.</source>
            <translation>此版本暂时不能生成结算单 PDF，请改为保存 CSV。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF not saved: {0}</source>
            <translation>PDF 未保存：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save settlement as CSV</source>
            <translation>将结算保存为 CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV not saved: {0}</source>
            <translation>CSV 未保存：{0}</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../ui/setup/wizard.py" line="+90" />
            <source>Yarlung POS — setting up this till</source>
            <extracomment>the pages in order, by the names screenshots and tests use</extracomment>
            <translation>雅砻收银 — 设置本收银台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; Back</source>
            <translation>&lt; 上一步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next &gt;</source>
            <translation>下一步 &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enrolled with the county office as {0}.</source>
            <translation>已在县办公室注册为 {0}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Working alone as {0}.</source>
            <translation>以 {0} 单独使用。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall: {0}</source>
            <translation>展厅：{0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator: {0} ({1})</source>
            <translation>管理员：{0}（{1}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt printer: {0}</source>
            <translation>小票打印机：{0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none for now</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings could not be saved: {0}</source>
            <translation>无法保存设置：{0}</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialogs</name>
        <message>
            <location filename="../ui/shift_dialogs/common.py" line="+25" />
            <source>Shift {0} was opened on {1} at {2} and is still open. Count the drawer and close it (Z report), then open a new shift for today.</source>
            <extracomment>text colours: refusals and shortages, an exact count, an amount over</extracomment>
            <translation>班次 {0} 于 {1} {2} 开班，至今尚未交班。请清点钱箱并交班（Z报表），再为今天开新班次。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Over {0}</source>
            <translation>长款 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Short {0}</source>
            <translation>短款 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exact</source>
            <translation>账实相符</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="-287" />
            <source>X report</source>
            <translation>X报表</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Shift {0}: {1} sale(s), {2} refund(s), net {3}; the drawer should hold {4}.</source>
            <translation>班次 {0}：销售 {1} 笔，退款 {2} 笔，净额 {3}；钱箱应有 {4}。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No receipt printer is set up (Settings…).</source>
            <translation>未设置小票打印机（设置…）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not queued: {0}</source>
            <translation>未加入打印队列：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing the X report…</source>
            <translation>正在打印 X报表…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Till locked</source>
            <translation>收银台已锁定</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yarlung POS — sign in</source>
            <translation>Yarlung POS — 登录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till is locked. Sign in to go on — the open sale is kept.</source>
            <translation>收银台已锁定。请登录后继续——当前交易已保留。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with your PIN.</source>
            <translation>请用密码登录。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No users — create one with “yarlung-pos user add”.</source>
            <translation>没有用户——请用“yarlung-pos user add”创建。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type your PIN.</source>
            <translation>请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>StockTab</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="-245" />
            <source>All products</source>
            <translation>全部商品</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+86" />
            <source>Low stock</source>
            <translation>库存不足</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Below zero (sold without stock)</source>
            <translation>负库存（无库存时售出）</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+196" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+222" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="-222" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>库存量</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low at</source>
            <translation>预警值</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>变动</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+194" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="-193" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+196" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="-196" />
            <source>Level after</source>
            <translation>变动后库存</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receive goods…</source>
            <translation>收货入库…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adjust…</source>
            <translation>调整…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set low-stock threshold…</source>
            <translation>设置库存预警值…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Below zero: sold without stock — count it or receive the goods</source>
            <translation>负库存：无库存时售出——请盘点或收货入库</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} products</source>
            <translation>{0} 种商品</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Select a product to see its stock moves.</source>
            <translation>选择一个商品查看其库存变动。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock moves of {0} (newest first)</source>
            <translation>{0} 的库存变动（最新的在前）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale</source>
            <translation>销售</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjustment</source>
            <translation>调整</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location line="+8" />
            <source>opening stock (demo)</source>
            <translation>期初库存（演示）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods received: {0} ({1} lines).</source>
            <translation>已收货：{0}（{1} 行）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} adjusted by {1} ({2}); level now {3}.</source>
            <translation>{0} 已调整 {1}（{2}）；当前库存 {3}。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Low-stock threshold of {0} saved.</source>
            <translation>{0} 的库存预警值已保存。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>-2 (two broken) or +1 (one found)</source>
            <translation>-2（坏了两个）或 +1（找到一个）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— choose a reason —</source>
            <translation>— 选择原因 —</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Adjust stock</source>
            <translation>调整库存</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjust</source>
            <translation>调整</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Change (signed)</source>
            <translation>变动量（带正负号）</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a product first.</source>
            <translation>请先选择商品。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>empty: no warning</source>
            <translation>留空：不提醒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low-stock threshold</source>
            <translation>库存预警值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Warn at or below</source>
            <translation>不高于此值时提醒</translation>
        </message>
    </context>
    <context>
        <name>StocktakeTab</name>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="-176" />
            <source>Start count</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SKU</source>
            <translation>货号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>应有</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counted</source>
            <translation>实点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Confirm and post differences</source>
            <translation>确认并过账差异</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the counted quantity in the Counted column; each count is saved at once. Products left empty keep their level.</source>
            <translation>在“实点”列输入清点数量，每个数都会立即保存。留空的商品保持原库存。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Count</source>
            <translation>盘点范围</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Count {0} is still open: carry on counting, then confirm.</source>
            <translation>盘点单 {0} 仍在进行：请继续盘点，然后确认。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No count open.</source>
            <translation>没有进行中的盘点。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: {2} of {3} counted</source>
            <translation>{0} — {1}：已盘点 {2}/{3}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: confirmed</source>
            <translation>{0} — {1}：已确认</translation>
        </message>
        <message>
            <location line="+5" />
            <source>everything</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Count {0} started: enter what is on the shelf.</source>
            <translation>盘点单 {0} 已开始：请输入货架上的实际数量。</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{0} is not on this count.</source>
            <translation>{0} 不在本次盘点中。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0}: {1} — not saved; correct the red cell.</source>
            <translation>{0}：{1}——未保存；请改正标红的格子。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{0} confirmed. Differences posted: {1}</source>
            <translation>{0} 已确认。已过账差异：{1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} confirmed: no differences.</source>
            <translation>{0} 已确认：没有差异。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start a new count</source>
            <translation>开始新的盘点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count {0} is still open with counts entered. Start a new count anyway? The open one keeps its counts and is not posted.</source>
            <translation>盘点单 {0} 仍在进行，且已录入数量。仍要开始新的盘点吗？进行中的盘点会保留已录入的数量，但不会过账。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirm count</source>
            <translation>确认盘点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} products were not counted; they keep their level. Post the differences now?</source>
            <translation>有 {0} 种商品未盘点，将保持原库存。现在过账差异吗？</translation>
        </message>
    </context>
    <context>
        <name>TillApp</name>
        <message>
            <location filename="../ui/app.py" line="+274" />
            <source>The backup was restored; the database as it was is kept as {0}. The till closes now: start it again.</source>
            <translation>备份已恢复；原来的数据库另存为 {0}。收银台现在关闭：请重新启动。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The backup was not restored ({0}); nothing was changed. The till closes now: start it again.</source>
            <translation>备份未恢复（{0}）；没有任何更改。收银台现在关闭：请重新启动。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings file has a problem and was not used: {0}</source>
            <translation>设置文件有问题，未被采用：{0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settings file problem — no printing</source>
            <translation>设置文件有问题——无法打印</translation>
        </message>
    </context>
    <context>
        <name>TillCheckout</name>
        <message>
            <location filename="../ui/till/checkout.py" line="+34" />
            <source>Total {0}</source>
            <translation>合计 {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A discount is more than what it applies to now — change it (F7).</source>
            <translation>有折扣超过了其适用金额——请修改 (F7)。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Discounts -{0}</source>
            <translation>折扣 -{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rounding {0}</source>
            <translation>抹零 {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paid so far {0}</source>
            <translation>已付 {0}</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The sale is empty — scan a product first.</source>
            <translation>当前交易没有商品——请先扫描商品。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No shift is open — count the float to open one, then take payment.</source>
            <translation>没有开着的班次——请清点备用金开班后再收款。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A discount no longer fits the sale — change it (F7) first.</source>
            <translation>有折扣已不适用于本交易——请先修改 (F7)。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sale comes to ￥0 — change the discount (F7), or give the goods away as a gift with a stock adjustment.</source>
            <translation>交易金额为 ￥0——请修改折扣 (F7)，或通过库存调整把商品作为赠品送出。</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <translation>已收款项（{0}）仍保留在本交易中。</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The discounts are above the limit now — a manager must approve them.</source>
            <translation>折扣现已超出上限——需经理授权。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approve discounts of {0} on a sale of {1}.</source>
            <translation>授权在 {1} 的交易上优惠 {0}。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sale {0} complete</source>
            <translation>交易 {0} 完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change {0}</source>
            <translation>找零 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} stored. Ready for the next customer.</source>
            <translation>交易 {0} 已保存。可以接待下一位顾客。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock below zero for {0} — please check the shelf.</source>
            <translation>{0} 库存为负——请检查货架。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Receipt preview unavailable: {0}</source>
            <translation>无法预览小票：{0}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no sale to reprint yet.</source>
            <translation>还没有可重打的交易。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No receipt printer is set up — the receipt is shown on screen (Settings…).</source>
            <translation>未设置小票打印机——小票只在屏幕上显示（设置…）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing a copy of {0}.</source>
            <translation>正在打印 {0} 的副本。</translation>
        </message>
    </context>
    <context>
        <name>TillCounter</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="-8" />
            <location filename="../ui/till/counter.py" line="+58" />
            <source>cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+1" />
            <source>Cashier: {0}</source>
            <translation>收银员：{0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This till was restored from a backup. It sells again once it has synced with the county office, or once a manager has confirmed the receipt numbering (the back office's Backups tab).</source>
            <translation>本收银台已从备份恢复。与县办公室同步后，或经理确认小票编号后（后台的“备份”页），即可继续销售。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No shift is open — count the float to open one.</source>
            <translation>没有开着的班次——请清点备用金后开班。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift still open</source>
            <translation>班次尚未交班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} was opened on {1} by {2} and is still open. Close it now with a Z report, or carry on with it?</source>
            <translation>班次 {0} 由 {2} 于 {1} 开班，至今未交班。现在交班并出 Z报表，还是继续使用该班次？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close it (Z report)</source>
            <translation>交班（Z报表）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry on</source>
            <translation>继续</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shift {0} has been open since {1}.</source>
            <translation>班次 {0} 自 {1} 起一直开着。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Signed in: {0}</source>
            <translation>已登录：{0}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The sale is empty — scan a product first.</source>
            <translation>当前交易没有商品——请先扫描商品。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select a line first (arrow keys).</source>
            <translation>请先选择一行（方向键）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payments were taken for this sale — remove them before changing prices.</source>
            <translation>该交易已收款——改价前请先删除已收款项。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Payments were taken for this sale — finish it, or remove them first.</source>
            <translation>该交易已收款——请完成交易，或先删除已收款项。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Finish or park the open sale before recalling another.</source>
            <translation>请先完成或挂起当前交易，再取单。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Payments were taken for this sale — give them back and remove them in the payment window first.</source>
            <translation>该交易已收款——请先退还款项，并在收款窗口中删除。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel sale</source>
            <translation>整单取消</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Sale parked (lines: {0}, {1}). F8 with an empty sale lists parked sales.</source>
            <translation>已挂单（行数：{0}，{1}）。在空单时按 F8 列出挂单。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Parked sale recalled — lines: {0}.</source>
            <translation>已取回挂单——行数：{0}。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancel this sale (lines: {0}, {1})?</source>
            <translation>取消这笔销售（行数：{0}，{1}）？</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sale cancelled.</source>
            <translation>交易已取消。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No shift is open — open one before refunding.</source>
            <translation>没有开着的班次——退款前请先开班。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back.</source>
            <translation>退款 {0} 已保存：退回 {1}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund {0}</source>
            <translation>退款 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay back {0}</source>
            <translation>退还 {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A shift is open already.</source>
            <translation>已经有班次开着。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift {0} opened with {1}.</source>
            <translation>班次 {0} 已开班，备用金 {1}。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+11" />
            <location line="+10" />
            <source>No shift is open.</source>
            <translation>没有开着的班次。</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Cash put into the drawer — logged.</source>
            <translation>现金已放入钱箱——已记录。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash taken out of the drawer — logged.</source>
            <translation>现金已从钱箱取出——已记录。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Finish, park or cancel the open sale before closing the shift.</source>
            <translation>交班前请先完成、挂起或取消当前交易。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift closed — Z report {0}.</source>
            <translation>已交班——Z报表 {0}。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No cash drawer is set up (Settings…, cash drawer pin).</source>
            <translation>未设置钱箱（设置…，钱箱针脚）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Opening the cash drawer.</source>
            <translation>正在打开钱箱。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up, so the drawer cannot be opened from the till (the attempt is logged).</source>
            <translation>未设置小票打印机，无法从收银台打开钱箱（此次尝试已记录）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the cash drawer without a sale.</source>
            <translation>不经交易打开钱箱。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show the audit log.</source>
            <translation>查看审计日志。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open the back office.</source>
            <translation>打开后台管理。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Change the till's settings.</source>
            <translation>更改收银台设置。</translation>
        </message>
    </context>
    <context>
        <name>TillDelivery</name>
        <message>
            <location filename="../ui/till/delivery.py" line="+110" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <extracomment>the ``DeliveryCreated`` of the last delivery order taken at this till</extracomment>
            <translation>已收的款项（{0}）保留在这笔销售中。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delivery {0}</source>
            <translation>配送单 {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} — change {1}</source>
            <translation>销售单 {0} — 找零 {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sale {0} stored — delivery {1} is waiting to be packed (Ctrl+D).</source>
            <translation>销售单 {0} 已保存 — 配送单 {1} 等待打包（Ctrl+D）。</translation>
        </message>
    </context>
    <context>
        <name>TillScan</name>
        <message>
            <location filename="../ui/till/scan.py" line="+92" />
            <source>More products in this category — type to search.</source>
            <extracomment>at most this many search matches in view under the scan field (more: the list scrolls) and at most this part of the window's height, so that the cart stays in view</extracomment>
            <translation>此分类还有更多商品——请输入文字搜索。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Added {0} — {1} × {2}</source>
            <translation>已添加 {0} — {1} × {2}</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+30" />
            <source>{0} — nothing was added.</source>
            <translation>{0}——未添加任何商品。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No product matches “{0}” — nothing was added.</source>
            <translation>没有与“{0}”匹配的商品——未添加任何商品。</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Payments were taken for this sale ({0}) — remove them in the payment window (F12, Delete) before taking goods off the sale.</source>
            <translation>该交易已收款（{0}）——从交易中减少商品前，请先在收款窗口删除这些款项（F12，Delete）。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+42" />
            <source>Select a line first (arrow keys).</source>
            <translation>请先选择一行（方向键）。</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+25" />
            <source>{0}: quantity {1}</source>
            <translation>{0}：数量 {1}</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Select a line first, then type * and the quantity.</source>
            <translation>请先选择一行，再输入 * 和数量。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Removed {0}</source>
            <translation>已删除 {0}</translation>
        </message>
    </context>
    <context>
        <name>TillStatus</name>
        <message>
            <location filename="../ui/till/status.py" line="+35" />
            <source>Retry printing</source>
            <translation>重试打印</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Backup failed — see the tooltip</source>
            <translation>备份失败——详见提示</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the backup folder is missing (USB stick?)</source>
            <translation>只备份在本机：找不到备份文件夹（U盘？）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up {0}</source>
            <translation>已备份 {0}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup folder {0} cannot be written: {1}</source>
            <translation>无法写入备份文件夹 {0}：{1}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not connected to the county office</source>
            <translation>未连接县中心</translation>
        </message>
        <message>
            <location line="+5" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Online</source>
            <translation>在线</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} · {1} waiting · last sync {2}</source>
            <translation>{0} · {1} 条待上传 · 上次同步 {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} rejected</source>
            <translation>{0} 条被拒</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Printer: {0}</source>
            <translation>打印机：{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer (preview only)</source>
            <translation>无小票打印机（仅预览）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — receipts waiting: {1}</source>
            <translation>{0}——等待打印的小票：{1}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printing… receipts waiting: {0}</source>
            <translation>正在打印… 等待中的小票：{0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Retrying…</source>
            <translation>正在重试…</translation>
        </message>
    </context>
    <context>
        <name>TillWindow</name>
        <message>
            <location filename="../ui/till/window.py" line="+60" />
            <location line="+325" />
            <source>Yarlung POS — till {0}</source>
            <extracomment>(QueueState, error or None) from the print worker thread SyncStatus from the sync worker thread BackupStatus from the backup worker thread a manager's approval of the discounts, given at payment, for the next completion only payments taken for the open sale but not yet completing it (kept across Esc)</extracomment>
            <translation>Yarlung POS — 收银台 {0}</translation>
        </message>
        <message>
            <location line="-278" />
            <source>Scan a barcode or QR label, or type to search (F12 to pay)</source>
            <translation>扫描条码或二维码标签，或输入文字搜索（F12 付款）</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Pay (F12)</source>
            <translation>付款 (F12)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove line (Del)</source>
            <translation>删除行 (Del)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Discount (F7)</source>
            <translation>折扣 (F7)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Park (F8)</source>
            <translation>挂单 (F8)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel sale</source>
            <translation>整单取消</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+2" />
            <source>The last sale's receipt appears here.</source>
            <translation>上一笔交易的小票会显示在这里。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reprint (Ctrl+P)</source>
            <translation>重打小票 (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a copy of the last sale's receipt</source>
            <translation>打印上一笔交易小票的副本</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Labels (Ctrl+L)</source>
            <translation>标签 (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back office…</source>
            <translation>后台管理…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund (F9)</source>
            <translation>退款 (F9)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For delivery (F10)</source>
            <translation>送货上门 (F10)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deliveries (Ctrl+D)</source>
            <translation>配送单 (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location line="+3" />
            <source>X report</source>
            <translation>X报表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in…</source>
            <translation>存入现金…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash out…</source>
            <translation>取出现金…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close shift (Z report)…</source>
            <translation>交班（Z报表）…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open shift…</source>
            <translation>开班…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open cash drawer (F6)</source>
            <translation>打开钱箱 (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sales (F8)</source>
            <translation>挂单列表 (F8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit log…</source>
            <translation>审计日志…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the till (Ctrl+Shift+L)</source>
            <translation>锁定收银台 (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <location line="-222" />
            <location line="+292" />
            <location line="+10" />
            <source>Till {0} ready</source>
            <translation>收银台 {0} 就绪</translation>
        </message>
        <message>
            <location line="-291" />
            <source>The catalogue is empty. Import one with “yarlung-pos catalogue import FILE.csv”, or start with --demo to try the till.</source>
            <translation>商品目录为空。请用“yarlung-pos catalogue import FILE.csv”导入，或用 --demo 启动来试用收银台。</translation>
        </message>
        <message>
            <location line="+319" />
            <source>The language could not be saved: {0}</source>
            <translation>无法保存语言设置：{0}</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+29" />
            <source>no printer given</source>
            <translation>未指定打印机</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test page sent to {0}.</source>
            <translation>测试页已发送到 {0}。</translation>
        </message>
        <message>
            <location filename="../ui/till/window.py" line="+7" />
            <source>Sale in progress</source>
            <translation>交易进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sale with {0} line(s), total {1}, is not paid yet. Close the till and discard it?</source>
            <translation>有一笔交易（{0} 行，合计 {1}）尚未付款。关闭收银台并放弃该交易吗？</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../ui/cart_model.py" line="-79" />
            <source>pc</source>
            <translation>个</translation>
        </message>
        <message>
            <location line="+1" />
            <source>btl</source>
            <translation>瓶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>公斤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>罐</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>袋</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>盒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>双</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>包</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="+57" />
            <source>Only an admin adds users, sets PINs, changes roles and (de)activates users; a manager may unlock a user locked out after wrong PINs.</source>
            <translation>只有管理员可以添加用户、设置PIN码、更改角色、启用或停用用户；经理可以为输错PIN码被锁定的用户解锁。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+140" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+142" />
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+144" />
            <location line="+29" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set PIN…</source>
            <translation>设置PIN码…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change role…</source>
            <translation>更改角色…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock…</source>
            <translation>解锁…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Activate…</source>
            <translation>启用…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} can sign in now.</source>
            <translation>{0} 现在可以登录了。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} has a new PIN.</source>
            <translation>{0} 已有新的PIN码。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is now: {1}.</source>
            <translation>{0} 现在是：{1}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is unlocked.</source>
            <translation>{0} 已解锁。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} can sign in again.</source>
            <translation>{0} 可以重新登录。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0} can no longer sign in.</source>
            <translation>{0} 已不能登录。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a user first.</source>
            <translation>请先选择一个用户。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>as shown on screen and receipts</source>
            <translation>显示在屏幕和小票上的名字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lower-case letters and digits, e.g. tashi</source>
            <translation>小写字母和数字，例如 tashi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PIN</source>
            <translation>PIN码</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>4 to 8 digits</source>
            <translation>4到8位数字</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>PIN again</source>
            <translation>再次输入PIN码</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New PIN</source>
            <translation>新PIN码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new PIN also lifts a lock-out.</source>
            <translation>设置新PIN码也会解除锁定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set PIN</source>
            <translation>设置PIN码</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change role</source>
            <translation>更改角色</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unlock user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A deactivated user cannot sign in; their sales and shifts stay as they are.</source>
            <translation>停用的用户不能登录；其销售和班次记录保持不变。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user can sign in again with their PIN.</source>
            <translation>该用户可以用其PIN码重新登录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate user</source>
            <translation>启用用户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate user</source>
            <translation>停用用户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
    </context>
</TS>

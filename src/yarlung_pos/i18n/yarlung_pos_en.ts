<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionApprovalBox</name>
        <message>
            <location filename="../ui/backoffice/approving.py" line="+43" />
            <source>Admin approval</source>
            <translation>Admin approval</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Admin's PIN</source>
            <translation>Admin's PIN</translation>
        </message>
    </context>
    <context>
        <name>AdjustReasons</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="+278" />
            <source>damaged</source>
            <translation>damaged</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spoiled</source>
            <translation>spoiled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sample</source>
            <translation>sample</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gift</source>
            <translation>gift</translation>
        </message>
        <message>
            <location line="+1" />
            <source>correction</source>
            <translation>correction</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+282" />
            <source>The administrator</source>
            <translation>The administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first user of the till. They add cashiers and managers later.</source>
            <translation>The first user of the till. They add cashiers and managers later.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The administrator signs in with a PIN of 4 to 8 digits. Keep it secret.</source>
            <translation>The administrator signs in with a PIN of 4 to 8 digits. Keep it secret.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Login name</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN (4–8 digits)</source>
            <translation>PIN (4–8 digits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBox</name>
        <message>
            <location filename="../ui/approval.py" line="+27" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager approval</source>
            <translation>Manager approval</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="+7" />
            <source>Manager's PIN</source>
            <translation>Manager's PIN</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/backoffice/approving.py" line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No manager is set up on this till — ask an admin to add one.</source>
            <translation>No manager is set up on this till — ask an admin to add one.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A manager must type their PIN.</source>
            <translation>A manager must type their PIN.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location line="+22" />
            <source>Manager approval</source>
            <translation>Manager approval</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../ui/audit_text.py" line="+20" />
            <source>Sale</source>
            <extracomment>labels of the detail keys the services record</extracomment>
            <translation>Sale</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/audit_view.py" line="+15" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>Float</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected in the drawer</source>
            <translation>Expected in the drawer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over / short</source>
            <translation>Over / short</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applies to</source>
            <translation>Applies to</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PINs in a row</source>
            <translation>Wrong PINs in a row</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings of</source>
            <translation>Settings of</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to stock</source>
            <translation>Back to stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid back</source>
            <translation>Paid back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sale</source>
            <translation>Parked sale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked the till</source>
            <translation>Unlocked the till</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo till</source>
            <translation>Demo till</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safety copy</source>
            <translation>Safety copy</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Numbering</source>
            <translation>Numbering</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Confirmed by</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts go on after</source>
            <translation>Receipts go on after</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shifts go on after</source>
            <translation>Shifts go on after</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z reports go on after</source>
            <translation>Z reports go on after</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients' data erased after (days)</source>
            <translation>Recipients' data erased after (days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>Postage of a returned parcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>Postage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address</source>
            <translation>Sender's address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's phone</source>
            <translation>Sender's phone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model</source>
            <translation>Printer model</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cut the paper</source>
            <translation>Cut the paper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>Receipt QR address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>Receipt languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label QR address</source>
            <translation>Label QR address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label languages</source>
            <translation>Label languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label calibration</source>
            <translation>Label calibration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screen language</source>
            <translation>Screen language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>Cash rounding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (%)</source>
            <translation>Discount limit (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (￥)</source>
            <translation>Discount limit (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock when idle (minutes)</source>
            <translation>Lock when idle (minutes)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>signing in</source>
            <extracomment>code values the services record, in words</extracomment>
            <translation>signing in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown user</source>
            <translation>unknown user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>locked out</source>
            <translation>locked out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one line</source>
            <translation>one line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the whole sale</source>
            <translation>the whole sale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>percent off</source>
            <translation>percent off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount off</source>
            <translation>amount off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new unit price</source>
            <translation>new unit price</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no discount</source>
            <translation>no discount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this till</source>
            <translation>this till</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the counter rules</source>
            <translation>the counter rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the county server</source>
            <translation>the county server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cashier</source>
            <translation>cashier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <location line="+1" />
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen</source>
            <translation>drop the fen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to the nearest jiao</source>
            <translation>to the nearest jiao</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash</source>
            <translation>cash</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay</source>
            <translation>UnionPay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>card</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to pack</source>
            <translation>to pack</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the delivery rules</source>
            <translation>the delivery rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kept</source>
            <translation>kept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded</source>
            <translation>refunded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a new postage table</source>
            <translation>a new postage table</translation>
        </message>
        <message>
            <location line="+17" />
            <source>yes</source>
            <extracomment>keys whose value is the code of an action (shown by its name in the audit log) details that say something only when true ("Unlocked the till", "Demo till")</extracomment>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+24" />
            <source>line {0}: {1}</source>
            <translation>line {0}: {1}</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Manager approval</source>
            <translation>Manager approval</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price changed</source>
            <translation>Price changed</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="-135" />
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+1" />
            <source>Sale cancelled</source>
            <translation>Sale cancelled</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line removed</source>
            <translation>Line removed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drawer opened</source>
            <translation>Drawer opened</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN</source>
            <translation>Wrong PIN</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Locked out</source>
            <translation>Locked out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User changed</source>
            <translation>User changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift opened</source>
            <translation>Shift opened</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift closed</source>
            <translation>Shift closed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale parked</source>
            <translation>Sale parked</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale recalled</source>
            <translation>Sale recalled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Till locked</source>
            <translation>Till locked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbering confirmed</source>
            <translation>Numbering confirmed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery order</source>
            <translation>Delivery order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient's phone and address shown</source>
            <translation>Recipient's phone and address shown</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location line="+18" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeWindow</name>
        <message>
            <location filename="../ui/backoffice/window.py" line="+43" />
            <location line="+55" />
            <source>Back office — Yarlung POS</source>
            <extracomment>the tabs in order: (attribute, module under yarlung_pos.ui.backoffice, class) the till was enrolled (or enrolled again) in the County office tab: its terminal code</extracomment>
            <translation>Back office — Yarlung POS</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalogue</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+41" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Catalogue files</source>
            <translation>Catalogue files</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counter rules</source>
            <translation>Counter rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County office</source>
            <translation>County office</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue editor has changes that are not saved. Close anyway?</source>
            <translation>The catalogue editor has changes that are not saved. Close anyway?</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <location filename="../ui/backoffice/backups.py" line="+110" />
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last receipt</source>
            <translation>Last receipt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not yet at the county</source>
            <translation>Not yet at the county</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file</source>
            <translation>Check the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbering after the restore</source>
            <translation>Receipt numbering after the restore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the numbering</source>
            <translation>Confirm the numbering</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last receipt number used</source>
            <translation>Last receipt number used</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last shift number used</source>
            <translation>Last shift number used</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last Z report number used</source>
            <translation>Last Z report number used</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backups are made after every shift close, once a day and before every update, in {0}.</source>
            <translation>Backups are made after every shift close, once a day and before every update, in {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A second copy goes to {0}.</source>
            <translation>A second copy goes to {0}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set a second folder (a USB stick) in the settings to keep a copy off this PC.</source>
            <translation>Set a second folder (a USB stick) in the settings to keep a copy off this PC.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till was restored from a backup. Customers or the county office may hold receipts made after it, so the till sells again only after the numbering is confirmed: an enrolled till asks the county office at its next sync; otherwise a manager checks the last numbers (the receipt roll, the last Z report) and confirms them. They can be raised, never lowered.</source>
            <translation>This till was restored from a backup. Customers or the county office may hold receipts made after it, so the till sells again only after the numbering is confirmed: an enrolled till asks the county office at its next sync; otherwise a manager checks the last numbers (the receipt roll, the last Z report) and confirms them. They can be raised, never lowered.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>shift closed</source>
            <translation>shift closed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before an update</source>
            <translation>before an update</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The backup failed: {0}</source>
            <translation>The backup failed: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the second folder cannot be used (is the USB stick plugged in?)</source>
            <translation>Backed up on this PC only: the second folder cannot be used (is the USB stick plugged in?)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backed up: {0}</source>
            <translation>Backed up: {0}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This backup cannot be used: {0}</source>
            <translation>This backup cannot be used: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is whole: {0} sales, last receipt {1}.</source>
            <translation>The file is whole: {0} sales, last receipt {1}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Close the till, then restore with “yarlung-pos backup restore”.</source>
            <translation>Close the till, then restore with “yarlung-pos backup restore”.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {0} in place of this till's database? It holds {1} sales, the last receipt {2}. A copy of the database as it is now is kept. The till closes afterwards; start it again.</source>
            <translation>Put the backup of {0} in place of this till's database? It holds {1} sales, the last receipt {2}. A copy of the database as it is now is kept. The till closes afterwards; start it again.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type whole numbers, e.g. 128.</source>
            <translation>Type whole numbers, e.g. 128.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Numbering confirmed: the till sells again.</source>
            <translation>Numbering confirmed: the till sells again.</translation>
        </message>
    </context>
    <context>
        <name>BatchHandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+244" />
            <source>Hand over a batch</source>
            <translation>Hand over a batch</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Finish (Esc)</source>
            <translation>Finish (Esc)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the QR code on the parcel's packing slip.</source>
            <translation>Scan the QR code on the parcel's packing slip.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} for {1}: now scan the waybill's barcode.</source>
            <translation>{0} for {1}: now scan the waybill's barcode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handed over: {0}</source>
            <translation>Handed over: {0}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no delivery {0}.</source>
            <translation>There is no delivery {0}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} is not a parcel's QR code: scan the packing slip's QR code first.</source>
            <translation>{0} is not a parcel's QR code: scan the packing slip's QR code first.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{0} handed over with {1}.</source>
            <translation>{0} handed over with {1}.</translation>
        </message>
    </context>
    <context>
        <name>CancelOrderDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+84" />
            <source>Cancel order {0}</source>
            <translation>Cancel order {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>why (the customer sees it)</source>
            <translation>why (the customer sees it)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back (Esc)</source>
            <translation>Back (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the order (Enter)</source>
            <translation>Cancel the order (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CartTableModel</name>
        <message>
            <location filename="../ui/cart_model.py" line="+62" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Price changed from {0} by a manager</source>
            <translation>Price changed from {0} by a manager</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line discount {0}</source>
            <translation>Line discount {0}</translation>
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="+137" />
            <source>Cash in</source>
            <translation>Cash in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>Cash out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash put into the drawer (e.g. change from the bank).</source>
            <translation>Cash put into the drawer (e.g. change from the bank).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash taken out of the drawer (e.g. to the safe, a delivery paid in cash).</source>
            <translation>Cash taken out of the drawer (e.g. to the safe, a delivery paid in cash).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>yuan, e.g. 100</source>
            <translation>yuan, e.g. 100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. change from the bank</source>
            <translation>e.g. change from the bank</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. to the safe</source>
            <translation>e.g. to the safe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put in (Enter)</source>
            <translation>Put in (Enter)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take out (Enter)</source>
            <translation>Take out (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount (￥)</source>
            <translation>Amount (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The drawer should hold {0} now.</source>
            <translation>The drawer should hold {0} now.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type the amount in yuan, e.g. 100 or 12.50.</source>
            <translation>Type the amount in yuan, e.g. 100 or 12.50.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be above zero.</source>
            <translation>The amount must be above zero.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for the cash movement.</source>
            <translation>Give a reason for the cash movement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The drawer should hold only {0}.</source>
            <translation>The drawer should hold only {0}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not stored: {0}</source>
            <translation>Not stored: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueFilesTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue_files.py" line="+73" />
            <source>Import from CSV files</source>
            <extracomment>the file each kind is exported to, in the chosen folder</extracomment>
            <translation>Import from CSV files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one, two or all three files (UTF-8 CSV, as exported below). Check lists every bad row; Import takes all the files or nothing. Rows with a known code or SKU are updated, new ones added.</source>
            <translation>Choose one, two or all three files (UTF-8 CSV, as exported below). Check lists every bad row; Import takes all the files or nothing. Rows with a known code or SKU are updated, new ones added.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export to CSV files</source>
            <translation>Export to CSV files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writes categories.csv, cooperatives.csv and products.csv into the folder (files of those names there are replaced).</source>
            <translation>Writes categories.csv, cooperatives.csv and products.csv into the folder (files of those names there are replaced).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a folder, e.g. on a USB stick</source>
            <translation>a folder, e.g. on a USB stick</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the catalogue to</source>
            <translation>Export the catalogue to</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a folder first.</source>
            <translation>Choose a folder first.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no folder {0}.</source>
            <translation>There is no folder {0}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write to {0}: {1}</source>
            <translation>Cannot write to {0}: {1}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exported {0} categories, {1} cooperatives and {2} products to {3}.</source>
            <translation>Exported {0} categories, {1} cooperatives and {2} products to {3}.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImportForm</name>
        <message>
            <location filename="../ui/forms/catalogue_import.py" line="+81" />
            <source>Categories file</source>
            <translation>Categories file</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cooperatives file</source>
            <translation>Cooperatives file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products file</source>
            <translation>Products file</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV file (UTF-8)</source>
            <translation>CSV file (UTF-8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+22" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Choose at least one file.</source>
            <translation>Choose at least one file.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file {0}.</source>
            <translation>There is no file {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems found: {0}. Nothing was imported; correct the files and check again.</source>
            <translation>Problems found: {0}. Nothing was imported; correct the files and check again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0}: {1} new, {2} changed</source>
            <translation>{0}: {1} new, {2} changed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems found; ready to import.</source>
            <translation>No problems found; ready to import.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported.</source>
            <translation>Imported.</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../ui/setup/catalogue_page.py" line="+140" />
            <source>The catalogue</source>
            <translation>The catalogue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The products the till sells, with their prices and barcodes.</source>
            <translation>The products the till sells, with their prices and barcodes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the county office</source>
            <translation>From the county office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From CSV files</source>
            <translation>From CSV files</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start empty</source>
            <translation>Start empty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till starts without products; add them later in the back office. Scanning finds nothing until products are added.</source>
            <translation>The till starts without products; add them later in the back office. Scanning finds nothing until products are added.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Next fetches the catalogue from the county office.</source>
            <translation>Next fetches the catalogue from the county office.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office first (step 3).</source>
            <translation>Enrol with the county office first (step 3).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fetching the catalogue… {0} of {1} entries</source>
            <translation>Fetching the catalogue… {0} of {1} entries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetching the catalogue… {0} entries</source>
            <translation>Fetching the catalogue… {0} entries</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The catalogue was fetched: {0} entries.</source>
            <translation>The catalogue was fetched: {0} entries.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the till could not keep what the server sent ({0})</source>
            <translation>the till could not keep what the server sent ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue could not be fetched: {0}</source>
            <translation>The catalogue could not be fetched: {0}</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the CSV files, or start empty.</source>
            <translation>Choose the CSV files, or start empty.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue.py" line="+107" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperatives</source>
            <translation>Cooperatives</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Filter by name, SKU or barcode</source>
            <translation>Filter by name, SKU or barcode</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+36" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+42" />
            <source>Tibetan</source>
            <translation>Tibetan</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+42" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="-42" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+30" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+30" />
            <location line="+55" />
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location line="-84" />
            <location line="+29" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="-35" />
            <source>EAN-13, EAN-8 or UPC-A; empty if none</source>
            <translation>EAN-13, EAN-8 or UPC-A; empty if none</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A new price applies to new sales only.</source>
            <translation>A new price applies to new sales only.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty: no warning</source>
            <translation>empty: no warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active (sold at the till)</source>
            <translation>Active (sold at the till)</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>Tibetan name</source>
            <translation>Tibetan name</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Chinese name</source>
            <translation>Chinese name</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Price (￥)</source>
            <translation>Price (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Low-stock threshold</source>
            <translation>Low-stock threshold</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+170" />
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Save product</source>
            <translation>Save product</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+61" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commission</source>
            <translation>Commission</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Bank, account name and number, or WeChat/Alipay account</source>
            <translation>Bank, account name and number, or WeChat/Alipay account</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Town (Tibetan)</source>
            <translation>Town (Tibetan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (Chinese)</source>
            <translation>Town (Chinese)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (English)</source>
            <translation>Town (English)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payout details</source>
            <translation>Payout details</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hall commission</source>
            <translation>Hall commission</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+221" />
            <source>New cooperative</source>
            <translation>New cooperative</translation>
        </message>
        <message>
            <location line="-219" />
            <source>Save cooperative</source>
            <translation>Save cooperative</translation>
        </message>
        <message>
            <location line="+38" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes to {0}?</source>
            <translation>Discard the changes to {0}?</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The unit of a product with stock or sales cannot change.</source>
            <translation>The unit of a product with stock or sales cannot change.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product {0}</source>
            <translation>Product {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new product</source>
            <translation>the new product</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New product: fill in every field, then Save.</source>
            <translation>New product: fill in every field, then Save.</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+77" />
            <source>{0} added.</source>
            <translation>{0} added.</translation>
        </message>
        <message>
            <location line="-77" />
            <location line="+77" />
            <source>{0} saved.</source>
            <translation>{0} saved.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>{0} deleted.</source>
            <translation>{0} deleted.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+69" />
            <source>Not saved: {0}</source>
            <translation>Not saved: {0}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Delete product</source>
            <translation>Delete product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete {0} for good?</source>
            <translation>Delete {0} for good?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not deleted: {0}</source>
            <translation>Not deleted: {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cooperative {0}</source>
            <translation>Cooperative {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new cooperative</source>
            <translation>the new cooperative</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New cooperative: code and names in three scripts are required.</source>
            <translation>New cooperative: code and names in three scripts are required.</translation>
        </message>
    </context>
    <context>
        <name>CategoriesSection</name>
        <message>
            <location line="-411" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tibetan</source>
            <translation>Tibetan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add category</source>
            <translation>Add category</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save categories</source>
            <translation>Save categories</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Row {0}: {1}</source>
            <translation>Row {0}: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories saved.</source>
            <translation>Categories saved.</translation>
        </message>
    </context>
    <context>
        <name>CloseShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="+135" />
            <source>Close shift — count the drawer</source>
            <translation>Close shift — count the drawer</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cash counted in the drawer</source>
            <translation>Cash counted in the drawer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drawer</source>
            <translation>Drawer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Should hold</source>
            <translation>Should hold</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over / short</source>
            <translation>Over / short</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No shift is open.</source>
            <translation>No shift is open.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shift {0} — opened {1} by {2} with a float of {3}; {4} sale(s), {5} refund(s).</source>
            <translation>Shift {0} — opened {1} by {2} with a float of {3}; {4} sale(s), {5} refund(s).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Float {0}</source>
            <translation>Float {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ cash sales {0}</source>
            <translation>+ cash sales {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- cash refunds {0}</source>
            <translation>- cash refunds {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>- cash out {0}</source>
            <translation>- cash out {0}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>+ cash in {0}</source>
            <translation>+ cash in {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Net by method (check the card and QR slips)</source>
            <translation>Net by method (check the card and QR slips)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close shift</source>
            <translation>Close shift</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Close shift — Z report ({0})</source>
            <translation>Close shift — Z report ({0})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The shift is not closed yet: {0}. The counts are kept — try again.</source>
            <translation>The shift is not closed yet: {0}. The counts are kept — try again.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Z report {0}</source>
            <translation>Z report {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} is closed.</source>
            <translation>Shift {0} is closed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Should hold {0}, counted {1}:</source>
            <translation>Should hold {0}, counted {1}:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Z report is stored and goes to the county office with the next sync.</source>
            <translation>The Z report is stored and goes to the county office with the next sync.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It is printing now.</source>
            <translation>It is printing now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up: the report is shown here only.</source>
            <translation>No receipt printer is set up: the report is shown here only.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPaymentDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="-66" />
            <source>Confirm the payment of {0}</source>
            <translation>Confirm the payment of {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location line="+3" />
            <source>transaction number (not needed for cash)</source>
            <translation>transaction number (not needed for cash)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location line="+1" />
            <source>home delivery (postage from the postage table is added)</source>
            <translation>home delivery (postage from the postage table is added)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pick-up at the hall</source>
            <translation>pick-up at the hall</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Payment received (Enter)</source>
            <translation>Payment received (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CountyTab</name>
        <message>
            <location filename="../ui/backoffice/county.py" line="+29" />
            <source>sale</source>
            <translation>sale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refund</source>
            <translation>refund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goods received</source>
            <translation>goods received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stock adjustment</source>
            <translation>stock adjustment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stocktake</source>
            <translation>stocktake</translation>
        </message>
        <message>
            <location line="+1" />
            <source>settlement</source>
            <translation>settlement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift opened</source>
            <translation>shift opened</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash in or out</source>
            <translation>cash in or out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>audit entry</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sold before this till was enrolled. The county server is too old to take such sales: ask the county office to update it; they are sent at the next sync.</source>
            <translation>Sold before this till was enrolled. The county server is too old to take such sales: ask the county office to update it; they are sent at the next sync.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold before this till was enrolled, under a code the county server did not take. Ask the county office for a new one-time code for this till and enrol again with it (below); they are sent at the next sync.</source>
            <translation>Sold before this till was enrolled, under a code the county server did not take. Ask the county office for a new one-time code for this till and enrol again with it (below); they are sent at the next sync.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too large for the county server. Ask the county office to raise the server's size limit, then press Send again.</source>
            <translation>Too large for the county server. Ask the county office to raise the server's size limit, then press Send again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server is older than this till. Ask the county office to update it, then press Send again.</source>
            <translation>The county server is older than this till. Ask the county office to update it, then press Send again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server holds this record under another till. Tell the county office the receipt number and the reason shown; press Send again once they have fixed it.</source>
            <translation>The county server holds this record under another till. Tell the county office the receipt number and the reason shown; press Send again once they have fixed it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server refused this record. Tell the county office the reason shown; press Send again once they have fixed the cause.</source>
            <translation>The county server refused this record. Tell the county office the reason shown; press Send again once they have fixed the cause.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The county server cannot be reached. Check the network; nothing is lost — the records wait here and go with the next sync.</source>
            <translation>The county server cannot be reached. Check the network; nothing is lost — the records wait here and go with the next sync.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server's certificate cannot be checked. Ask the county office for their CA file and enrol again with it.</source>
            <translation>The county server's certificate cannot be checked. Ask the county office for their CA file and enrol again with it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server no longer accepts this till. Ask the county office for a new one-time code and enrol again.</source>
            <translation>The county server no longer accepts this till. Ask the county office for a new one-time code and enrol again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What answers at the saved address is not a Yarlung county server. Check the address with the county office and enrol again.</source>
            <translation>What answers at the saved address is not a Yarlung county server. Check the address with the county office and enrol again.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+254" />
            <source>This till is not enrolled yet: enrol it first.</source>
            <translation>This till is not enrolled yet: enrol it first.</translation>
        </message>
        <message>
            <location line="-252" />
            <source>A sync is running already; wait for it to finish.</source>
            <translation>A sync is running already; wait for it to finish.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sync did not finish: {0}</source>
            <translation>The sync did not finish: {0}</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Enrolment and sync</source>
            <translation>Enrolment and sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County server</source>
            <translation>County server</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Till code</source>
            <translation>Till code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set aside</source>
            <translation>Set aside</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export for USB…</source>
            <translation>Export for USB…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No network for a long time? Write the records not yet sent into one file, for the county office to read from a USB stick.</source>
            <translation>No network for a long time? Write the records not yet sent into one file, for the county office to read from a USB stick.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the county's answer…</source>
            <translation>Read the county's answer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the answer file the county office wrote: the records it holds are marked sent.</source>
            <translation>Read the answer file the county office wrote: the records it holds are marked sent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync log (newest last)</source>
            <translation>Sync log (newest last)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>Enrol with the county office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set-aside records</source>
            <translation>Set-aside records</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records the county server did not take (or this till held back). They are kept here, never lost, and do not hold up the others.</source>
            <translation>Records the county server did not take (or this till held back). They are kept here, never lost, and do not hold up the others.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What you can do</source>
            <translation>What you can do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send again</source>
            <translation>Send again</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+59" />
            <source>Syncing with the county office…</source>
            <translation>Syncing with the county office…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>not enrolled</source>
            <translation>not enrolled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} (working alone, not enrolled)</source>
            <translation>{0} (working alone, not enrolled)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no sync yet)</source>
            <translation>(no sync yet)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enrol again</source>
            <translation>Enrol again</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enrol</source>
            <translation>Enrol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is enrolled. Enrol again only with a new one-time code from the county office (for example after the server moved).</source>
            <translation>This till is enrolled. Enrol again only with a new one-time code from the county office (for example after the server moved).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the county server's address and the one-time code the county office gave you for this till.</source>
            <translation>Type the county server's address and the one-time code the county office gave you for this till.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing is set aside.</source>
            <translation>Nothing is set aside.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Synced: {0} sent, {1} set aside, {2} catalogue changes received, {3} waiting.</source>
            <translation>Synced: {0} sent, {1} set aside, {2} catalogue changes received, {3} waiting.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Records written: {0}, to {1}. Take the file to the county office; the records stay waiting here until the county's answer is read.</source>
            <translation>Records written: {0}, to {1}. Take the file to the county office; the records stay waiting here until the county's answer is read.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The county holds them: {0} now marked sent, {1} set aside; {2} waiting.</source>
            <translation>The county holds them: {0} now marked sent, {1} set aside; {2} waiting.</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Back in the queue: {0}. They go with the next sync.</source>
            <translation>Back in the queue: {0}. They go with the next sync.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The file cannot be used: {0}</source>
            <translation>The file cannot be used: {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This answer is for another till. Nothing was changed.</source>
            <translation>This answer is for another till. Nothing was changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not the county's answer file (it may be this till's own export). Nothing was changed.</source>
            <translation>This is not the county's answer file (it may be this till's own export). Nothing was changed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file was altered, or it is not this till's. Nothing was changed: ask the county office to write it again.</source>
            <translation>The file was altered, or it is not this till's. Nothing was changed: ask the county office to write it again.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export for USB</source>
            <translation>Export for USB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand-over files (*.yhand);;All files (*)</source>
            <translation>Hand-over files (*.yhand);;All files (*)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Read the county's answer</source>
            <translation>Read the county's answer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County answers (*.acks *.yhand);;All files (*)</source>
            <translation>County answers (*.acks *.yhand);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesWindow</name>
        <message>
            <location filename="../ui/delivery/window.py" line="+74" />
            <source>Deliveries</source>
            <extracomment>how far back the date range starts when the screen opens (days)</extracomment>
            <translation>Deliveries</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Name, phone, delivery or tracking number (scan the waybill)</source>
            <translation>Name, phone, delivery or tracking number (scan the waybill)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Pack (F2)</source>
            <translation>Pack (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over… (F3)</source>
            <translation>Hand over… (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered (F4)</source>
            <translation>Delivered (F4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Came back… (F5)</source>
            <translation>Came back… (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show personal data (F6)</source>
            <translation>Show personal data (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over a batch… (F7)</source>
            <translation>Hand over a batch… (F7)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>Online orders… (F8)</source>
            <translation>Online orders… (F8)</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Print… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Packing slips (A5 PDF) for the selected</source>
            <translation>Packing slips (A5 PDF) for the selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slips (A5 PDF) for everything to pack</source>
            <translation>Packing slips (A5 PDF) for everything to pack</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for the selected</source>
            <translation>Shipping labels 100 × 150 mm for the selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for everything to pack</source>
            <translation>Shipping labels 100 × 150 mm for everything to pack</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for the selected</source>
            <translation>Shipping labels 100 × 180 mm for the selected</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for everything to pack</source>
            <translation>Shipping labels 100 × 180 mm for everything to pack</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slip of the selected on the receipt printer</source>
            <translation>Packing slip of the selected on the receipt printer</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Online orders: {0} awaiting payment… (F8)</source>
            <translation>Online orders: {0} awaiting payment… (F8)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All ({0})</source>
            <translation>All ({0})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <location line="+55" />
            <source>No delivery matches {0}.</source>
            <translation>No delivery matches {0}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{0} deliveries selected.</source>
            <translation>{0} deliveries selected.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{0} · sale {1} · {2}</source>
            <translation>{0} · sale {1} · {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient: {0}   Phone: {1}</source>
            <translation>Recipient: {0}   Phone: {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address: {0}</source>
            <translation>Address: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliver on: {0}   Ordered: {1} {2}</source>
            <translation>Deliver on: {0}   Ordered: {1} {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>postage {0} ({1})</source>
            <translation>postage {0} ({1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} kg</source>
            <translation>{0} kg</translation>
        </message>
        <message>
            <location line="+4" />
            <source>paid at the post office {0}</source>
            <translation>paid at the post office {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel: {0}</source>
            <translation>Parcel: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note: {0}</source>
            <translation>Note: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The phone number and the address are partly hidden (F6 shows them, a manager approves).</source>
            <translation>The phone number and the address are partly hidden (F6 shows them, a manager approves).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goods:</source>
            <translation>Goods:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History:</source>
            <translation>History:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select one delivery first (arrow keys).</source>
            <translation>Select one delivery first (arrow keys).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a delivery first (arrow keys).</source>
            <translation>Select a delivery first (arrow keys).</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>Packed: {0}.</source>
            <translation>Packed: {0}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} delivered.</source>
            <translation>{0} delivered.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0} handed over.</source>
            <translation>{0} handed over.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0} taken back: refund {1}, {2} back.</source>
            <translation>{0} taken back: refund {1}, {2} back.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Show the phone number and address of {0}.</source>
            <translation>Show the phone number and address of {0}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is nothing to print: select deliveries, or there is nothing to pack.</source>
            <translation>There is nothing to print: select deliveries, or there is nothing to pack.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved {0} ({1} pages).</source>
            <translation>Saved {0} ({1} pages).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF saved</source>
            <translation>PDF saved</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {0}. Open it now to print it?</source>
            <translation>Saved {0}. Open it now to print it?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Printing the packing slip of {0}.</source>
            <translation>Printing the packing slip of {0}.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../ui/delivery/dialog.py" line="+48" />
            <source>Delivery order</source>
            <extracomment>the form's fields in Tab order (their error lines are ``&lt;key&gt;Error``)</extracomment>
            <translation>Delivery order</translation>
        </message>
        <message>
            <location line="+20" />
            <source>optional</source>
            <extracomment>set by the till: a manager's approval of the sale's discounts, and the refusal of the service when the payment could not create the delivery (shown when reopened)</extracomment>
            <translation>optional</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mobile 13812345678 or 0893-7831234</source>
            <translation>mobile 13812345678 or 0893-7831234</translation>
        </message>
        <message>
            <location line="+10" />
            <source>village, or street and house number</source>
            <translation>village, or street and house number</translation>
        </message>
        <message>
            <location line="+15" />
            <source>optional, e.g. 1.5</source>
            <translation>optional, e.g. 1.5</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recipient and address</source>
            <translation>Recipient and address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient's name</source>
            <translation>Recipient's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name in Tibetan</source>
            <translation>Name in Tibetan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prefecture or city</source>
            <translation>Prefecture or city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>County</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Township</source>
            <translation>Township</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village or street</source>
            <translation>Village or street</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deliver on</source>
            <translation>Deliver on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order number there</source>
            <translation>Order number there</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>Parcel weight (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>Postage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take payment (Ctrl+Enter)</source>
            <translation>Take payment (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back to sale (Esc)</source>
            <translation>Back to sale (Esc)</translation>
        </message>
        <message>
            <location line="+116" />
            <source>— (weight?)</source>
            <translation>— (weight?)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods {0} + postage {1}: to pay {2}</source>
            <translation>Goods {0} + postage {1}: to pay {2}</translation>
        </message>
        <message>
            <location line="+64" />
            <source>The postage could not be worked out: {0}</source>
            <translation>The postage could not be worked out: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the address and the weight.</source>
            <translation>check the address and the weight.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryRulesTab</name>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="+101" />
            <source>Postage is charged on a delivery's sale by the parcel's weight and where it goes. Changing these rules needs a manager; every change is in the audit log.</source>
            <translation>Postage is charged on a delivery's sale by the parcel's weight and where it goes. Changing these rules needs a manager; every change is in the audit log.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Postage (￥)</source>
            <translation>Postage (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients and sender</source>
            <translation>Recipients and sender</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to (kg)</source>
            <translation>Up to (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a weight band</source>
            <translation>Add a weight band</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected band</source>
            <translation>Remove the selected band</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase phone and address after (days)</source>
            <translation>Erase phone and address after (days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>Postage of a returned parcel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address (Chinese)</source>
            <translation>Sender's address (Chinese)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sender's phone</source>
            <translation>Sender's phone</translation>
        </message>
        <message>
            <location line="+4" />
            <source>kept (the post office was paid)</source>
            <translation>kept (the post office was paid)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded to the customer</source>
            <translation>refunded to the customer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>each further</source>
            <translation>each further</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Delivery rules saved.</source>
            <translation>Delivery rules saved.</translation>
        </message>
    </context>
    <context>
        <name>DenominationCounter</name>
        <message>
            <location filename="../ui/shift_dialogs/counting.py" line="+33" />
            <source>Note / coin</source>
            <extracomment>the largest count of one note or coin (the service refuses more than 100,000)</extracomment>
            <translation>Note / coin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <location filename="../ui/discount_dialog.py" line="+42" />
            <source>Discount on the line</source>
            <translation>Discount on the line</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discount on the whole sale</source>
            <translation>Discount on the whole sale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} × {1} = {2}</source>
            <translation>{0} × {1} = {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole sale: {0} lines, {1} before this discount</source>
            <translation>Whole sale: {0} lines, {1} before this discount</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Percent off</source>
            <translation>Percent off</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount off (￥)</source>
            <translation>Amount off (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New unit price (￥)</source>
            <translation>New unit price (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No discount</source>
            <translation>No discount</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A manager approves discounts above {0} % or {1}, and every price change.</source>
            <translation>A manager approves discounts above {0} % or {1}, and every price change.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply (Enter)</source>
            <translation>Apply (Enter)</translation>
        </message>
        <message>
            <location line="+109" />
            <source>New line total {0}</source>
            <translation>New line total {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} off — {1} instead of {2}</source>
            <translation>{0} off — {1} instead of {2}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The discount is removed.</source>
            <translation>The discount is removed.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A manager must approve this.</source>
            <translation>A manager must approve this.</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <location filename="../domain/model.py" line="+24" />
            <source>piece</source>
            <extracomment>Unit codes a product may be sold in. Only weighed units take fractional quantities. the English name of each unit code, marked so messages show it in the screen's language (an error's ``unit`` parameter holds the code, translated as a ``translated_params`` text)</extracomment>
            <translation>piece</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bottle</source>
            <translation>bottle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>jar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>bag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>pair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>pack</translation>
        </message>
        <message>
            <location line="+92" />
            <source>This is not a quantity: {text}</source>
            <extracomment>Most change a sale may give (fen). A larger surplus is a mistyped or scanned amount.</extracomment>
            <translation>This is not a quantity: {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be above zero: {text}</source>
            <translation>The quantity must be above zero: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>The quantity is too large: {qty}</source>
            <extracomment>the line's own discount (``yarlung_pos.domain.pricing.Discount``) or ``None`` the catalogue price when a manager overrode ``unit_price_fen``; ``None`` otherwise (discount fen, gross fen) of the line when a manager approved its discount: the approval covers at most that discount at that rate (see ``pricing.approval_needed``) login name of the manager who approved the line's discount or price override (all discounts fen, gross fen) of the sale when a manager approved its discounts login name of the manager who approved the sale's discounts as they stood then</extracomment>
            <translation>The quantity is too large: {qty}</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Sold by the {unit}: at most 3 decimals, not {qty}.</source>
            <translation>Sold by the {unit}: at most 3 decimals, not {qty}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold by the {unit}: whole numbers only, not {qty}.</source>
            <translation>Sold by the {unit}: whole numbers only, not {qty}.</translation>
        </message>
        <message>
            <location line="+75" />
            <source>quantity must be above zero — press Delete to remove the line</source>
            <translation>quantity must be above zero — press Delete to remove the line</translation>
        </message>
        <message>
            <location line="+105" />
            <source>nothing to pay</source>
            <translation>nothing to pay</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a payment must be above zero</source>
            <translation>a payment must be above zero</translation>
        </message>
        <message>
            <location line="+5" />
            <source>card and QR payments cannot exceed the amount due</source>
            <translation>card and QR payments cannot exceed the amount due</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{amount} is still due.</source>
            <translation>{amount} is still due.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The change of {change} is more than a sale can give (at most {limit}) — check the amount tendered.</source>
            <translation>The change of {change} is more than a sale can give (at most {limit}) — check the amount tendered.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>change can only be given from cash</source>
            <translation>change can only be given from cash</translation>
        </message>
        <message>
            <location filename="../domain/pricing.py" line="+63" />
            <source>not a percentage: {text}</source>
            <translation>not a percentage: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a percentage must be above 0 and at most 100, with at most 2 decimals: {text}</source>
            <translation>a percentage must be above 0 and at most 100, with at most 2 decimals: {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a discount amount must be above zero</source>
            <translation>a discount amount must be above zero</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A discount of {fen} is more than the {base} it applies to.</source>
            <translation>A discount of {fen} is more than the {base} it applies to.</translation>
        </message>
        <message>
            <location filename="../domain/scan.py" line="+63" />
            <source>nothing scanned</source>
            <extracomment>False for an 8/12/13-digit code whose GS1 check digit is wrong: a misread barcode, unless a product has exactly this SKU</extracomment>
            <translation>nothing scanned</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a product label: {code}</source>
            <translation>not a product label: {code}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+292" />
            <source>the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the Tibetan name has no Tibetan letters: {text}</source>
            <translation>the Tibetan name has no Tibetan letters: {text}</translation>
        </message>
        <message>
            <location line="-6" />
            <source>the Chinese name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>the Chinese name is missing (every entry needs Tibetan, Chinese and English names)</translation>
        </message>
        <message>
            <location line="-205" />
            <source>{what} must be text, not {text}</source>
            <translation>{what} must be text, not {text}</translation>
        </message>
        <message>
            <location line="+58" />
            <source>unknown category {code}: there are no categories yet (import them first)</source>
            <translation>unknown category {code}: there are no categories yet (import them first)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown category {code} (known: {known})</source>
            <translation>unknown category {code} (known: {known})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown cooperative {code}: there are no cooperatives yet (import them first)</source>
            <translation>unknown cooperative {code}: there are no cooperatives yet (import them first)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>a barcode is 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13): {code}</source>
            <translation>a barcode is 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13): {code}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>unknown unit {unit} (one of: {units})</source>
            <translation>unknown unit {unit} (one of: {units})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} must be a number, not {text}</source>
            <translation>{what} must be a number, not {text}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>a price is a whole number of fen (digits 0–9): {text}</source>
            <translation>a price is a whole number of fen (digits 0–9): {text}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the sort order is a whole number (digits 0–9, at most 9 of them): {text}</source>
            <translation>the sort order is a whole number (digits 0–9, at most 9 of them): {text}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>active is 1 or 0 (yes/no): {text}</source>
            <translation>active is 1 or 0 (yes/no): {text}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>the Chinese name has no Chinese characters: {text}</source>
            <translation>the Chinese name has no Chinese characters: {text}</translation>
        </message>
        <message>
            <location line="-5" />
            <source>the English name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>the English name is missing (every entry needs Tibetan, Chinese and English names)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the English name has no Latin letters: {text}</source>
            <translation>the English name has no Latin letters: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the Chinese town has no Chinese characters: {text}</source>
            <translation>the Chinese town has no Chinese characters: {text}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the English town has no Latin letters: {text}</source>
            <translation>the English town has no Latin letters: {text}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>a name has a letter of another script ({char}): {text}</source>
            <translation>a name has a letter of another script ({char}): {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a vowel sign or subjoined letter must follow a Tibetan letter: {text}</source>
            <translation>a vowel sign or subjoined letter must follow a Tibetan letter: {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a name has digits of another script ({char}): {text}</source>
            <translation>a name has digits of another script ({char}): {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a control or invisible character ({char}): {text}</source>
            <translation>a name has a control or invisible character ({char}): {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a character the till cannot show ({char}): {text}</source>
            <translation>a name has a character the till cannot show ({char}): {text}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>a name is longer than 200 characters</source>
            <translation>a name is longer than 200 characters</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+112" />
            <source>the commission must be a percentage, not {text}</source>
            <translation>the commission must be a percentage, not {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the commission cannot be above 100 %: {text}</source>
            <translation>the commission cannot be above 100 %: {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at most two decimals in a percentage: {text}</source>
            <translation>at most two decimals in a percentage: {text}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-140" />
            <source>the price must be above zero and at most ￥1,000,000</source>
            <translation>the price must be above zero and at most ￥1,000,000</translation>
        </message>
        <message>
            <location line="-36" />
            <source>not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}</source>
            <translation>not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}</translation>
        </message>
        <message>
            <location line="-57" />
            <source>an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}</source>
            <translation>an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+62" />
            <source>there is already a product {sku}</source>
            <translation>there is already a product {sku}</translation>
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
            <translation>unknown SKU {sku}</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="+93" />
            <source>unknown category {code}</source>
            <translation>unknown category {code}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+43" />
            <location filename="../services/backoffice.py" line="+25" />
            <location filename="../services/inventory.py" line="-49" />
            <location filename="../services/settlement.py" line="+96" />
            <source>unknown cooperative {code}</source>
            <translation>unknown cooperative {code}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>barcode {code} already belongs to {sku}</source>
            <translation>barcode {code} already belongs to {sku}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="-59" />
            <source>the unit of {sku} cannot change: it has stock moves or sales (make a new product)</source>
            <translation>the unit of {sku} cannot change: it has stock moves or sales (make a new product)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{sku} was sold and cannot be deleted — untick “Active” to stop selling it</source>
            <translation>{sku} was sold and cannot be deleted — untick “Active” to stop selling it</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sku} has stock history and cannot be deleted — untick “Active” instead</source>
            <translation>{sku} has stock history and cannot be deleted — untick “Active” instead</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+124" />
            <source>the Tibetan town has no Tibetan letters: {text}</source>
            <translation>the Tibetan town has no Tibetan letters: {text}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+27" />
            <source>the commission must be 0–100 %</source>
            <translation>the commission must be 0–100 %</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-170" />
            <source>a code is 1–32 letters, digits, '-' or '_': {code}</source>
            <translation>a code is 1–32 letters, digits, '-' or '_': {code}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+4" />
            <source>there is already a cooperative {code}</source>
            <translation>there is already a cooperative {code}</translation>
        </message>
        <message>
            <location filename="../services/catalogue.py" line="+45" />
            <source>barcode {code} has a wrong check digit — scan it again</source>
            <translation>barcode {code} has a wrong check digit — scan it again</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no product with code {code}</source>
            <translation>no product with code {code}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sku} ({name}) is not sold any more</source>
            <translation>{sku} ({name}) is not sold any more</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="-15" />
            <source>expected SKU:QUANTITY, not {text}</source>
            <translation>expected SKU:QUANTITY, not {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a goods receipt needs at least one line</source>
            <translation>a goods receipt needs at least one line</translation>
        </message>
        <message>
            <location line="+27" />
            <source>the note is longer than 500 characters</source>
            <translation>the note is longer than 500 characters</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an adjustment needs a reason: damaged, spoiled, sample, gift or correction</source>
            <translation>an adjustment needs a reason: damaged, spoiled, sample, gift or correction</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no stocktake {number}</source>
            <translation>no stocktake {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>stocktake {number} is already confirmed</source>
            <translation>stocktake {number} is already confirmed</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{sku} is not on stocktake {number}</source>
            <translation>{sku} is not on stocktake {number}</translation>
        </message>
        <message>
            <location filename="../services/parked.py" line="+49" />
            <location filename="../services/sales.py" line="+122" />
            <source>the sale has no lines</source>
            <extracomment>the first line's names (bo, zh, en), for showing it in the screen's language</extracomment>
            <translation>the sale has no lines</translation>
        </message>
        <message>
            <location line="+33" />
            <source>that parked sale was recalled already</source>
            <translation>that parked sale was recalled already</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the parked sale cannot be read: {reason}</source>
            <translation>the parked sale cannot be read: {reason}</translation>
        </message>
        <message>
            <location filename="../services/policy.py" line="+41" />
            <source>cash rounding must be none, drop_fen or nearest_jiao</source>
            <translation>cash rounding must be none, drop_fen or nearest_jiao</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+16" />
            <source>the discount limit must be 0 to 100 %</source>
            <translation>the discount limit must be 0 to 100 %</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+18" />
            <source>the discount amount limit must be ￥0 or more</source>
            <translation>the discount amount limit must be ￥0 or more</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+19" />
            <source>the idle lock must be 0 (never) to 240 minutes</source>
            <translation>the idle lock must be 0 (never) to 240 minutes</translation>
        </message>
        <message>
            <location filename="../services/refunds.py" line="+49" />
            <location line="+163" />
            <source>There is no such sale on this till (no sale {uuid}).</source>
            <translation>There is no such sale on this till (no sale {uuid}).</translation>
        </message>
        <message>
            <location line="-96" />
            <source>There is no sale {number} on this till.</source>
            <extracomment>what the customer paid less what was refunded already (fen)</extracomment>
            <translation>There is no sale {number} on this till.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is a refund, not a sale</source>
            <translation>{number} is a refund, not a sale</translation>
        </message>
        <message>
            <location line="+91" />
            <location filename="../services/sales.py" line="+12" />
            <location filename="../services/shifts.py" line="+154" />
            <location line="+65" />
            <source>no shift is open — open one first</source>
            <translation>no shift is open — open one first</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {sale} goes out for delivery as {number}: take the parcel back in the deliveries screen (Ctrl+D, F5).</source>
            <translation>Sale {sale} goes out for delivery as {number}: take the parcel back in the deliveries screen (Ctrl+D, F5).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>sale {number} has no line {line}</source>
            <translation>sale {number} has no line {line}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>line {line} is listed twice</source>
            <translation>line {line} is listed twice</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/refund_dialog/lines.py" line="+250" />
            <source>only {left} of line {line} can still be refunded</source>
            <translation>only {left} of line {line} can still be refunded</translation>
        </message>
        <message>
            <location line="+20" />
            <source>nothing to refund</source>
            <translation>nothing to refund</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount} in cash — refund by the original method, or put cash in first.</source>
            <translation>The drawer should hold only {amount} in cash — refund by the original method, or put cash in first.</translation>
        </message>
        <message>
            <location filename="../services/settlement.py" line="-3" />
            <source>the period ends before it starts</source>
            <translation>the period ends before it starts</translation>
        </message>
        <message>
            <location line="+51" />
            <source>nothing to settle for {code} from {start} to {end} (no unsettled sales)</source>
            <translation>nothing to settle for {code} from {start} to {end} (no unsettled sales)</translation>
        </message>
        <message>
            <location filename="../services/shifts.py" line="-108" />
            <source>the opening float must be between ￥0 and ￥100,000</source>
            <extracomment>notes and coins counted at close, in fen: ￥100, 50, 20, 10, 5, 1, ￥0.5, ￥0.1 and the fen coins (5, 2, 1 fen — still legal tender; without them a till with no cash rounding always looks short)</extracomment>
            <translation>the opening float must be between ￥0 and ￥100,000</translation>
        </message>
        <message>
            <location line="+9" />
            <source>shift {number} is already open</source>
            <translation>shift {number} is already open</translation>
        </message>
        <message>
            <location line="+26" />
            <source>give a reason for the cash movement</source>
            <translation>give a reason for the cash movement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the amount must be above zero</source>
            <translation>the amount must be above zero</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount}.</source>
            <translation>The drawer should hold only {amount}.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>There is no note or coin of {amount}.</source>
            <translation>There is no note or coin of {amount}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a count must be a whole number from 0</source>
            <translation>a count must be a whole number from 0</translation>
        </message>
        <message>
            <location line="+16" />
            <source>no shift is open — it may have been closed already</source>
            <translation>no shift is open — it may have been closed already</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no Z report {number}</source>
            <translation>no Z report {number}</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+86" />
            <source>a PIN is 4 to 8 digits</source>
            <extracomment>roles that may approve what a cashier may not do alone a login name: lower-case ASCII letters, digits, ".", "_" or "-", at most 64</extracomment>
            <translation>a PIN is 4 to 8 digits</translation>
        </message>
        <message>
            <location filename="../services/user_admin.py" line="+40" />
            <source>a user name is lower-case letters, digits, '.', '_' or '-': {name}</source>
            <translation>a user name is lower-case letters, digits, '.', '_' or '-': {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+74" />
            <source>role must be one of cashier, manager, admin: {role}</source>
            <translation>role must be one of cashier, manager, admin: {role}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>the first user of a till must be an admin</source>
            <translation>the first user of a till must be an admin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>user {name} already exists</source>
            <translation>user {name} already exists</translation>
        </message>
        <message>
            <location line="+73" />
            <source>{name} is the only admin of this till and stays one</source>
            <translation>{name} is the only admin of this till and stays one</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+13" />
            <source>no user {name}</source>
            <translation>no user {name}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unknown user or PIN</source>
            <translation>unknown user or PIN</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is locked after too many wrong PINs — try again in {minutes} minutes or ask a manager to unlock.</source>
            <translation>{name} is locked after too many wrong PINs — try again in {minutes} minutes or ask a manager to unlock.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That was a wrong PIN — {name} is now locked for {minutes} minutes.</source>
            <translation>That was a wrong PIN — {name} is now locked for {minutes} minutes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That was a wrong PIN. Tries left before the account locks: {left}.</source>
            <translation>That was a wrong PIN. Tries left before the account locks: {left}.</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="+217" />
            <source>no count is open — start one first</source>
            <translation>no count is open — start one first</translation>
        </message>
        <message>
            <location line="+2" />
            <source>fix the counts marked red first: {skus}</source>
            <translation>fix the counts marked red first: {skus}</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="+169" />
            <source>create the settlement first</source>
            <translation>create the settlement first</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+101" />
            <location filename="../ui/backoffice/catalogue.py" line="+294" />
            <source>the price is in yuan with at most two decimals (like 12.50), not {text}</source>
            <translation>the price is in yuan with at most two decimals (like 12.50), not {text}</translation>
        </message>
        <message>
            <location filename="../ui/discount_dialog.py" line="-49" />
            <source>a sale cannot come to ￥0 — give goods away as a gift (stock adjustment) instead</source>
            <translation>a sale cannot come to ￥0 — give goods away as a gift (stock adjustment) instead</translation>
        </message>
        <message>
            <location filename="../services/authority.py" line="+73" />
            <source>a refund</source>
            <extracomment>action → rule (see the module's table) what each action is called in messages (translated by the UI)</extracomment>
            <translation>a refund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a discount above the limit</source>
            <translation>a discount above the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a price change</source>
            <translation>a price change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>opening the drawer without a sale</source>
            <translation>opening the drawer without a sale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>taking cash out of the drawer</source>
            <translation>taking cash out of the drawer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the counter rules</source>
            <translation>changing the counter rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the till's settings</source>
            <translation>changing the till's settings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the back office</source>
            <translation>the back office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the audit log</source>
            <translation>the audit log</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unlocking a user</source>
            <translation>unlocking a user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>managing users</source>
            <translation>managing users</translation>
        </message>
        <message>
            <location line="+1" />
            <source>restoring a backup or confirming the numbering after one</source>
            <translation>restoring a backup or confirming the numbering after one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>seeing the recipients' phone numbers and addresses</source>
            <translation>seeing the recipients' phone numbers and addresses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirming an online order's payment</source>
            <translation>confirming an online order's payment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelling an online order</source>
            <translation>cancelling an online order</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} needs a manager's approval</source>
            <translation>{what} needs a manager's approval</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{what} needs an admin</source>
            <translation>{what} needs an admin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} needs its own approval</source>
            <translation>{what} needs its own approval</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>{name} cannot approve {what}</source>
            <translation>{name} cannot approve {what}</translation>
        </message>
        <message>
            <location filename="../services/hall.py" line="+38" />
            <source>type the hall's name in at least one language</source>
            <extracomment>script → the setting holding the hall's name in it</extracomment>
            <translation>type the hall's name in at least one language</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the hall's name is at most {n} characters</source>
            <translation>the hall's name is at most {n} characters</translation>
        </message>
        <message>
            <location filename="../services/setup.py" line="+59" />
            <source>a terminal code is 1 to 16 letters, digits, '-' or '_', like T01: {code}</source>
            <extracomment>a terminal code (the receipt-number prefix), as the county server takes it: ``T01``</extracomment>
            <translation>a terminal code is 1 to 16 letters, digits, '-' or '_', like T01: {code}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the two PINs differ</source>
            <translation>the two PINs differ</translation>
        </message>
        <message>
            <location line="+21" />
            <source>this till is set up already</source>
            <translation>this till is set up already</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/users.py" line="+38" />
            <source>the two PINs are not the same — type the PIN again</source>
            <translation>the two PINs are not the same — type the PIN again</translation>
        </message>
        <message>
            <location filename="../services/numbering.py" line="+105" />
            <source>this till was restored from a backup: sync with the county office, or have a manager confirm the receipt numbering in the back office, before selling</source>
            <extracomment>the floor settings per kind of number (receipt, shift, Z report) set by a restore (issue #14): the till sells again once the numbering floors are known to be past every number used before — from the county server when enrolled, else a manager's word</extracomment>
            <translation>this till was restored from a backup: sync with the county office, or have a manager confirm the receipt numbering in the back office, before selling</translation>
        </message>
        <message>
            <location filename="../services/numbering_check.py" line="+38" />
            <source>receipt number</source>
            <extracomment>the highest sequence a number can carry: receipts ``T01-000123``, shifts ``SH-T01-000003`` and Z reports ``Z-T01-000002`` have six digits (services/numbering.py) what each kind of number is called in messages (translated by the UI)</extracomment>
            <translation>receipt number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift number</source>
            <translation>shift number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report number</source>
            <translation>Z report number</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{value} is too high for a {what}: the highest is {highest}</source>
            <translation>{value} is too high for a {what}: the highest is {highest}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the till has already used {what} {known}: the numbering cannot be set lower</source>
            <translation>the till has already used {what} {known}: the numbering cannot be set lower</translation>
        </message>
        <message>
            <location filename="../printing/printer.py" line="+49" />
            <source>The printer address {printer} is the till's own database — check the printer address.</source>
            <extracomment>the printer failures a cashier sees (``{printer}``: :meth:`PrinterTarget.describe`)</extracomment>
            <translation>The printer address {printer} is the till's own database — check the printer address.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} dropped the connection — the receipt may not have printed.</source>
            <translation>Printer {printer} dropped the connection — the receipt may not have printed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} did not answer within {seconds} s — is it switched on?</source>
            <translation>Printer {printer} did not answer within {seconds} s — is it switched on?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} refused the connection — is it switched on and is the port right?</source>
            <translation>Printer {printer} refused the connection — is it switched on and is the port right?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer}: no USB driver found — install libusb, or on Windows use the printer's driver.</source>
            <translation>Printer {printer}: no USB driver found — install libusb, or on Windows use the printer's driver.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This kind of printer needs the {package} package.</source>
            <translation>This kind of printer needs the {package} package.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer {printer} could not be used</source>
            <translation>Printer {printer} could not be used</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The receipt could not be prepared for printing</source>
            <translation>The receipt could not be prepared for printing</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The timeout must be seconds, not {value}: {uri}</source>
            <extracomment>templates whose English form may be followed by ``": detail"``, and those that may not slowest throughput to allow for (bytes/s): a long raster job gets this much more time</extracomment>
            <translation>The timeout must be seconds, not {value}: {uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timeout must be between 0 and 120 s: {uri}</source>
            <translation>The timeout must be between 0 and 120 s: {uri}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no host in {uri} (e.g. network://192.168.1.50:9100).</source>
            <translation>There is no host in {uri} (e.g. network://192.168.1.50:9100).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The port in {uri} is not a number from 1 to 65535.</source>
            <translation>The port in {uri} is not a number from 1 to 65535.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Port 0 is not a printer port: {uri}</source>
            <translation>Port 0 is not a printer port: {uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rate must be bytes per second (at least 1000), not {value}.</source>
            <translation>The rate must be bytes per second (at least 1000), not {value}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A USB printer is usb://VID:PID in hexadecimal (e.g. usb://0483:5743), not {uri}.</source>
            <translation>A USB printer is usb://VID:PID in hexadecimal (e.g. usb://0483:5743), not {uri}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The USB ids are out of range in {uri}.</source>
            <translation>The USB ids are out of range in {uri}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no serial device in {uri} (e.g. serial:///dev/ttyS0?baud=9600).</source>
            <translation>There is no serial device in {uri} (e.g. serial:///dev/ttyS0?baud=9600).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The baud must be a standard rate (9600, 19200, 38400, 115200 …), not {value}.</source>
            <translation>The baud must be a standard rate (9600, 19200, 38400, 115200 …), not {value}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A file printer is file:///full/path (three slashes), not {uri}.</source>
            <translation>A file printer is file:///full/path (three slashes), not {uri}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no file in {uri} (e.g. file:///dev/usb/lp0).</source>
            <translation>There is no file in {uri} (e.g. file:///dev/usb/lp0).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown printer {uri}: use network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 or preview</source>
            <translation>unknown printer {uri}: use network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 or preview</translation>
        </message>
        <message>
            <location filename="../domain/delivery.py" line="+34" />
            <source>to pack</source>
            <extracomment>the statuses, in their order status → the statuses it may move to what a status is called on screen (translated by the UI, context "DomainError")</extracomment>
            <translation>to pack</translation>
        </message>
        <message>
            <location line="+1" />
            <source>packed</source>
            <translation>packed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed over</source>
            <translation>handed over</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delivered</source>
            <translation>delivered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <location line="+5" />
            <source>at the counter</source>
            <extracomment>where an order came from</extracomment>
            <translation>at the counter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by phone</source>
            <translation>by phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat mall</source>
            <translation>WeChat mall</translation>
        </message>
        <message>
            <location line="+1" />
            <source>online shop</source>
            <translation>online shop</translation>
        </message>
        <message>
            <location line="+97" />
            <source>the {field} is longer than {limit} characters</source>
            <extracomment>carriers offered (any other name is allowed) the SKU of the postage line of a delivery's sale (no product, no stock, no cooperative) Tibet's prefecture-level divisions (2026) Shannan's county-level divisions the hall's own county and prefecture (postage zone "county" and "prefecture")</extracomment>
            <translation>the {field} is longer than {limit} characters</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient's name</source>
            <translation>recipient's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recipient's name in Tibetan</source>
            <translation>recipient's name in Tibetan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>province</source>
            <translation>province</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prefecture or city</source>
            <translation>prefecture or city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county</source>
            <translation>county</translation>
        </message>
        <message>
            <location line="+1" />
            <source>township</source>
            <translation>township</translation>
        </message>
        <message>
            <location line="+1" />
            <source>village or street</source>
            <translation>village or street</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>channel's order number</source>
            <translation>channel's order number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tracking number</source>
            <translation>tracking number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carrier</source>
            <translation>carrier</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the {field} is missing</source>
            <translation>the {field} is missing</translation>
        </message>
        <message>
            <location line="+59" />
            <source>the address needs its {field}</source>
            <extracomment>other names people type for places (Wylie-less romanisations, old names)</extracomment>
            <translation>the address needs its {field}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the recipient's phone number is missing</source>
            <translation>the recipient's phone number is missing</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{phone} is not a phone number: a mobile has 11 digits starting with 1, a landline starts with its area code (0893-…)</source>
            <translation>{phone} is not a phone number: a mobile has 11 digits starting with 1, a landline starts with its area code (0893-…)</translation>
        </message>
        <message>
            <location line="+60" />
            <source>the tracking number is missing</source>
            <extracomment>the shortest tracking number taken (China Post's domestic numbers have 13 digits, S10 13 characters)</extracomment>
            <translation>the tracking number is missing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{tracking} is not a tracking number: letters and digits only, at most 40</source>
            <translation>{tracking} is not a tracking number: letters and digits only, at most 40</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{tracking} has a wrong check digit: check the number on the waybill</source>
            <translation>{tracking} has a wrong check digit: check the number on the waybill</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{tracking} is too short for a tracking number: check the number on the waybill</source>
            <translation>{tracking} is too short for a tracking number: check the number on the waybill</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{weight} is not a weight in kg</source>
            <translation>{weight} is not a weight in kg</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a parcel weighs between 0.001 and 50 kg</source>
            <translation>a parcel weighs between 0.001 and 50 kg</translation>
        </message>
        <message>
            <location line="+8" />
            <source>in the county</source>
            <translation>in the county</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Shannan</source>
            <translation>in Shannan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Tibet</source>
            <translation>in Tibet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>elsewhere in China</source>
            <translation>elsewhere in China</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+3" />
            <source>the postage table in the settings cannot be read</source>
            <translation>the postage table in the settings cannot be read</translation>
        </message>
        <message>
            <location line="+15" />
            <source>a delivery that is {status} cannot become {target}</source>
            <extracomment>the default table (China Post parcel rates from Qonggyai, rounded; fen)</extracomment>
            <translation>a delivery that is {status} cannot become {target}</translation>
        </message>
        <message>
            <location filename="../services/delivery_settings.py" line="+75" />
            <source>personal data is kept between 1 and 3650 days</source>
            <extracomment>days after delivery (or return) when a recipient's phone and address are erased till settings keys</extracomment>
            <translation>personal data is kept between 1 and 3650 days</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a returned parcel's postage is kept or refunded</source>
            <translation>a returned parcel's postage is kept or refunded</translation>
        </message>
        <message>
            <location filename="../services/delivery.py" line="+138" />
            <source>the order's channel {channel} is unknown</source>
            <translation>the order's channel {channel} is unknown</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{value} is not a date (2026-12-31)</source>
            <translation>{value} is not a date (2026-12-31)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the requested delivery date {value} is in the past</source>
            <translation>the requested delivery date {value} is in the past</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+248" />
            <source>postage must be between ￥0 and ￥1,000</source>
            <translation>postage must be between ￥0 and ￥1,000</translation>
        </message>
        <message>
            <location line="-138" />
            <location filename="../services/delivery_docs.py" line="+86" />
            <source>There is no delivery {number} on this till.</source>
            <translation>There is no delivery {number} on this till.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>tracking number {tracking} is already on delivery {number}</source>
            <translation>tracking number {tracking} is already on delivery {number}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{number} was packed under waybill {assigned}, not {tracking}: check the parcel</source>
            <translation>{number} was packed under waybill {assigned}, not {tracking}: check the parcel</translation>
        </message>
        <message>
            <location filename="../printing/packing_slip.py" line="+79" />
            <source>There is no packing slip to print.</source>
            <extracomment>the slip's fixed labels: Tibetan, Chinese, English (the Tibetan is the shop's wording; have a native speaker confirm changes) where an order came from, as the slip prints it</extracomment>
            <translation>There is no packing slip to print.</translation>
        </message>
        <message>
            <location filename="../printing/shipping_label.py" line="+57" />
            <source>{size} is not a shipping label size; the sizes are {known}</source>
            <extracomment>label stocks: name → (width, height) in mm Code 128: quiet zone on each side, in modules (ISO/IEC 15417 asks for at least 10) bar heights of the Code 128 symbol, and the module widths tried (printer dots, widest first) thermal printers' real dot pitch: "203 dpi" heads are 8 dots/mm, "300 dpi" ones 12 the recipient's name size is tried from the first down to the second (mm, steps of 0.25)</extracomment>
            <translation>{size} is not a shipping label size; the sizes are {known}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no shipping label to print.</source>
            <translation>There is no shipping label to print.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient's name and address do not fit on a {size} label; shorten the address.</source>
            <translation>The recipient's name and address do not fit on a {size} label; shorten the address.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tracking number {tracking} is too long for the label's barcode.</source>
            <translation>The tracking number {tracking} is too long for the label's barcode.</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="-24" />
            <source>row {row}: give the weight in kg</source>
            <translation>row {row}: give the weight in kg</translation>
        </message>
        <message>
            <location line="+5" />
            <source>row {row}: a price is not an amount in yuan</source>
            <translation>row {row}: a price is not an amount in yuan</translation>
        </message>
        <message>
            <location filename="../services/online_orders.py" line="+62" />
            <source>cash</source>
            <extracomment>the payment methods of ``order.confirmed`` → the till's tender ("card" is a UnionPay card) what each method is called in messages (translated by the UI)</extracomment>
            <translation>cash</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>card</translation>
        </message>
        <message>
            <location line="+70" />
            <source>There is no online order {number} on this till.</source>
            <translation>There is no online order {number} on this till.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Online order {number} is {status}, not awaiting payment: nothing was changed.</source>
            <translation>Online order {number} is {status}, not awaiting payment: nothing was changed.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{method} is not a payment method here (cash, wechat, alipay, card).</source>
            <translation>{method} is not a payment method here (cash, wechat, alipay, card).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The payment reference may be at most {limit} characters.</source>
            <translation>The payment reference may be at most {limit} characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment by {what} needs its reference (the transaction number).</source>
            <translation>A payment by {what} needs its reference (the transaction number).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Online order {number} has {sku}, which this till does not know: sync the catalogue first, or cancel the order.</source>
            <translation>Online order {number} has {sku}, which this till does not know: sync the catalogue first, or cancel the order.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Online order {number} has {sku} by the {unit}, but this till sells it by the {till_unit}: sync the catalogue, or cancel the order.</source>
            <translation>Online order {number} has {sku} by the {unit}, but this till sells it by the {till_unit}: sync the catalogue, or cancel the order.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Online order {number}'s line {sku} does not add up: sync again, or cancel it.</source>
            <translation>Online order {number}'s line {sku} does not add up: sync again, or cancel it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Online order {number}'s lines do not add up to its amount: sync again, or cancel it.</source>
            <translation>Online order {number}'s lines do not add up to its amount: sync again, or cancel it.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Give the reason for cancelling the order (at most {limit} characters).</source>
            <translation>Give the reason for cancelling the order (at most {limit} characters).</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <location filename="../ui/forms/enrol.py" line="+20" />
            <source>The server address must start with https:// (or http:// on the hall's own network), for example https://county.example:8000.</source>
            <translation>The server address must start with https:// (or http:// on the hall's own network), for example https://county.example:8000.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server cannot be reached at this address. Check the address, the network cable or Wi-Fi, and ask the county office whether the server is running.</source>
            <translation>The county server cannot be reached at this address. Check the address, the network cable or Wi-Fi, and ask the county office whether the server is running.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server's certificate cannot be checked. Choose the CA file the county office gave you, or check that the address is right.</source>
            <translation>The server's certificate cannot be checked. Choose the CA file the county office gave you, or check that the address is right.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The one-time code was not accepted: it is wrong, used already or expired. Ask the county office for a new code.</source>
            <translation>The one-time code was not accepted: it is wrong, used already or expired. Ask the county office for a new code.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something answers at this address, but it is not a Yarlung county server. Check the address with the county office.</source>
            <translation>Something answers at this address, but it is not a Yarlung county server. Check the address with the county office.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The county server refused the enrolment: {0}</source>
            <translation>The county server refused the enrolment: {0}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>County server address</source>
            <translation>County server address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One-time code</source>
            <translation>One-time code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CA file (optional)</source>
            <translation>CA file (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the county office</source>
            <translation>from the county office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only if the county office gave you one</source>
            <translation>only if the county office gave you one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+26" />
            <source>Enrolled: this till is {0} for the county office.</source>
            <translation>Enrolled: this till is {0} for the county office.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The county office's CA file</source>
            <translation>The county office's CA file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type the county server's address.</source>
            <translation>Type the county server's address.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the one-time code from the county office.</source>
            <translation>Type the one-time code from the county office.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting to the county server…</source>
            <translation>Connecting to the county server…</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-64" />
            <source>The county office</source>
            <translation>The county office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled, the till sends every sale to the county office and takes its catalogue.</source>
            <translation>Enrolled, the till sends every sale to the county office and takes its catalogue.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>Enrol with the county office</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work alone for now</source>
            <translation>Work alone for now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminal code</source>
            <translation>Terminal code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbers start with this code (like T01). You can enrol later in the back office; sales made before are sent then.</source>
            <translation>Receipt numbers start with this code (like T01). You can enrol later in the back office; sales made before are sent then.</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Yarlung POS — first administrator</source>
            <translation>Yarlung POS — first administrator</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till has no users yet. Create the administrator, who can then add cashiers and managers (yarlung-pos user add …).</source>
            <translation>This till has no users yet. Create the administrator, who can then add cashiers and managers (yarlung-pos user add …).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>Login name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN (4–8 digits)</source>
            <translation>PIN (4–8 digits)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
    </context>
    <context>
        <name>FloatPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+237" />
            <source>The first shift</source>
            <translation>The first shift</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count the cash put in the drawer to start with.</source>
            <translation>Count the cash put in the drawer to start with.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish sets the till up and opens the first shift with this float, signed in as the administrator.</source>
            <translation>Finish sets the till up and opens the first shift with this float, signed in as the administrator.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>Float</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Type the float in yuan, e.g. 200 or 200.50.</source>
            <translation>Type the float in yuan, e.g. 200 or 200.50.</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../ui/backoffice/editor.py" line="+227" />
            <source>Close</source>
            <extracomment>what a field's input is (:attr:`Field.kind`)</extracomment>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HallPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-342" />
            <source>The hall</source>
            <translation>The hall</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name printed at the top of every receipt.</source>
            <translation>The name printed at the top of every receipt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the hall's name as customers should read it. A language left empty takes the first name typed.</source>
            <translation>Type the hall's name as customers should read it. A language left empty takes the first name typed.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In Tibetan</source>
            <translation>In Tibetan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Chinese</source>
            <translation>In Chinese</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In English</source>
            <translation>In English</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-220" />
            <source>Hand over {0}</source>
            <translation>Hand over {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode</source>
            <translation>scan the waybill's barcode</translation>
        </message>
        <message>
            <location line="+3" />
            <source>China Post</source>
            <translation>China Post</translation>
        </message>
        <message>
            <location line="+0" />
            <source>EMS</source>
            <translation>EMS</translation>
        </message>
        <message>
            <location line="+10" />
            <source>optional, e.g. 12.00</source>
            <translation>optional, e.g. 12.00</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tracking number</source>
            <translation>Tracking number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>Parcel weight (kg)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage paid</source>
            <translation>Postage paid</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handed over (Enter)</source>
            <translation>Handed over (Enter)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not an amount: {0} (type yuan, e.g. 12.50)</source>
            <translation>Not an amount: {0} (type yuan, e.g. 12.50)</translation>
        </message>
    </context>
    <context>
        <name>LabelTemplate</name>
        <message>
            <location filename="../ui/labels/options.py" line="+22" />
            <source>{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm</source>
            <extracomment>how a label stock is named in the template list: {0} its code (``a4-3x8``), then the sizes</extracomment>
            <translation>{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — {5} × {6} mm sheet, {1} × {2} labels of {3} × {4} mm</source>
            <translation>{0} — {5} × {6} mm sheet, {1} × {2} labels of {3} × {4} mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — roll labels {3} × {4} mm</source>
            <translation>{0} — roll labels {3} × {4} mm</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <location filename="../ui/labels/dialog.py" line="+29" />
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Preview (first page)</source>
            <translation>Preview (first page)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No labels yet</source>
            <translation>No labels yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add products on the left: search, scan a label, or add a whole category.</source>
            <translation>Add products on the left: search, scan a label, or add a whole category.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No preview</source>
            <translation>No preview</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These labels cannot be made: {0}</source>
            <translation>These labels cannot be made: {0}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>1 label on 1 page</source>
            <translation>1 label on 1 page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} labels on 1 page</source>
            <translation>{0} labels on 1 page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} labels on {1} pages</source>
            <translation>{0} labels on {1} pages</translation>
        </message>
    </context>
    <context>
        <name>LabelsOptions</name>
        <message>
            <location filename="../ui/labels/options.py" line="+27" />
            <source>Position of the first label on a partly used sheet (counted left to right, top to bottom)</source>
            <translation>Position of the first label on a partly used sheet (counted left to right, top to bottom)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tibetan</source>
            <translation>Tibetan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move the print right (negative: left)</source>
            <translation>Move the print right (negative: left)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the print down (negative: up)</source>
            <translation>Move the print down (negative: up)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save calibration</source>
            <translation>Save calibration</translation>
        </message>
        <message>
            <location line="+4" />
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down</source>
            <translation>down</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label stock</source>
            <translation>Label stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start at label</source>
            <translation>Start at label</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names in</source>
            <translation>Names in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calibration (mm)</source>
            <translation>Calibration (mm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Calibration not saved: {0}</source>
            <translation>Calibration not saved: {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Calibration of {0} saved: {1:g} mm right, {2:g} mm down.</source>
            <translation>Calibration of {0} saved: {1:g} mm right, {2:g} mm down.</translation>
        </message>
    </context>
    <context>
        <name>LabelsOutput</name>
        <message>
            <location filename="../ui/labels/output.py" line="+81" />
            <source>Save PDF…</source>
            <extracomment>a PDF made for the viewer older than this (seconds) is removed when the next one is made cache folders already cleared of old PDFs in this run</extracomment>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in viewer</source>
            <translation>Open in viewer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>opened {0}</source>
            <translation>opened {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved to {0}, but no PDF viewer could be opened.</source>
            <translation>Saved to {0}, but no PDF viewer could be opened.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{0} — {1}.</source>
            <translation>{0} — {1}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save labels as PDF</source>
            <translation>Save labels as PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF not saved: {0}</source>
            <translation>PDF not saved: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>saved to {0}</source>
            <translation>saved to {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PDF not made: {0}</source>
            <translation>PDF not made: {0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print labels</source>
            <translation>Print labels</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not printed: {0}</source>
            <translation>Not printed: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sent to {0}</source>
            <translation>sent to {0}</translation>
        </message>
    </context>
    <context>
        <name>LabelsProducts</name>
        <message>
            <location filename="../ui/labels/products.py" line="+34" />
            <source>Name, SKU, barcode or a scanned label</source>
            <translation>Name, SKU, barcode or a scanned label</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Add whole category</source>
            <translation>Add whole category</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find products</source>
            <translation>Find products</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove all</source>
            <translation>Remove all</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Labels to print (Delete removes the selected rows)</source>
            <translation>Labels to print (Delete removes the selected rows)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not changed: {0}</source>
            <translation>Not changed: {0}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Added {0} products of {1}.</source>
            <translation>Added {0} products of {1}.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Copies of {0}</source>
            <translation>Copies of {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove {0}</source>
            <translation>Remove {0}</translation>
        </message>
        <message>
            <location line="+65" />
            <source>No product for “{0}”: {1}</source>
            <translation>No product for “{0}”: {1}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No product matches “{0}”.</source>
            <translation>No product matches “{0}”.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added {0} (× {1}).</source>
            <translation>Added {0} (× {1}).</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-47" />
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is new. A few steps set it up; you can go back to any step.</source>
            <translation>This till is new. A few steps set it up; you can go back to any step.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the language of the till's screens:</source>
            <translation>Choose the language of the till's screens:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The language could not be saved: {0}</source>
            <translation>The language could not be saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>OnlineOrdersDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+68" />
            <source>Online orders awaiting payment</source>
            <translation>Online orders awaiting payment</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Confirm payment… (F2)</source>
            <translation>Confirm payment… (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel… (F5)</source>
            <translation>Cancel… (F5)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delivery</source>
            <translation>delivery</translation>
        </message>
        <message>
            <location line="+0" />
            <source>pick-up</source>
            <translation>pick-up</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No online orders are waiting for payment.</source>
            <translation>No online orders are waiting for payment.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select an order first (arrow keys).</source>
            <translation>Select an order first (arrow keys).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} paid: sale {1}, delivery {2} to pack.</source>
            <translation>{0} paid: sale {1}, delivery {2} to pack.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} paid: sale {1}, picked up.</source>
            <translation>{0} paid: sale {1}, picked up.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} cancelled.</source>
            <translation>{0} cancelled.</translation>
        </message>
    </context>
    <context>
        <name>OpenShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="-199" />
            <source>Open shift</source>
            <translation>Open shift</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count the cash in the drawer (the float) and type it, or count it by note and coin. Sales and refunds need an open shift.</source>
            <translation>Count the cash in the drawer (the float) and type it, or count it by note and coin. Sales and refunds need an open shift.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 200</source>
            <translation>e.g. 200</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count by note and coin</source>
            <translation>Count by note and coin</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open shift (Enter)</source>
            <translation>Open shift (Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Float (￥)</source>
            <translation>Float (￥)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Type the float in yuan, e.g. 200 or 150.50.</source>
            <translation>Type the float in yuan, e.g. 200 or 150.50.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The shift could not be opened: {0}</source>
            <translation>The shift could not be opened: {0}</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-107" />
            <source>Pack {0}</source>
            <extracomment>a delivery number in what a scanner typed (the parcel's QR may carry it in an address)</extracomment>
            <translation>Pack {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode, or leave empty</source>
            <translation>scan the waybill's barcode, or leave empty</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waybill (tracking number)</source>
            <translation>Waybill (tracking number)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Packed (Enter)</source>
            <translation>Packed (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ParkedSalesDialog</name>
        <message>
            <location filename="../ui/parked_dialog.py" line="+30" />
            <source>Parked sales</source>
            <translation>Parked sales</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0}  ·  lines: {1}  ·  {2}  ·  {3}  ·  {4}</source>
            <translation>{0}  ·  lines: {1}  ·  {2}  ·  {3}  ·  {4}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No parked sales.</source>
            <translation>No parked sales.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter recalls the selected sale.</source>
            <translation>Enter recalls the selected sale.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recall (Enter)</source>
            <translation>Recall (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <location filename="../ui/payment_dialog.py" line="+29" />
            <source>Cash 现金</source>
            <translation>Cash 现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay 微信支付</source>
            <translation>WeChat Pay 微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay 支付宝</source>
            <translation>Alipay 支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay 银联卡</source>
            <translation>UnionPay 银联卡</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location line="+17" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reference (optional), e.g. last digits of the transaction</source>
            <translation>Reference (optional), e.g. last digits of the transaction</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Complete sale (Enter)</source>
            <translation>Complete sale (Enter)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Back to sale (Esc)</source>
            <translation>Back to sale (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Still to pay</source>
            <translation>Still to pay</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Payments taken</source>
            <translation>Payments taken</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cash tendered</source>
            <translation>Cash tendered</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A {0} payment cannot exceed what is due ({1}).</source>
            <translation>A {0} payment cannot exceed what is due ({1}).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The sale is not stored yet: {0}. The payments are kept — press Enter to try again.</source>
            <translation>The sale is not stored yet: {0}. The payments are kept — press Enter to try again.</translation>
        </message>
    </context>
    <context>
        <name>PolicyTab</name>
        <message>
            <location filename="../ui/backoffice/policy.py" line="+53" />
            <source>none (exact to the fen)</source>
            <translation>none (exact to the fen)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen: ￥12.37 is paid as ￥12.30</source>
            <translation>drop the fen: ￥12.37 is paid as ￥12.30</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nearest jiao: ￥12.35 is paid as ￥12.40</source>
            <translation>nearest jiao: ￥12.35 is paid as ￥12.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>Cash rounding</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit</source>
            <translation>Discount limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this share of what it applies to needs a manager.</source>
            <translation>A discount above this share of what it applies to needs a manager.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discount amount limit</source>
            <translation>Discount amount limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this amount needs a manager.</source>
            <translation>A discount above this amount needs a manager.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idle lock</source>
            <translation>Idle lock</translation>
        </message>
        <message>
            <location line="+0" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till locks after this many minutes without use (0 = never).</source>
            <translation>The till locks after this many minutes without use (0 = never).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counter rules</source>
            <translation>Counter rules</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These rules apply to every sale at this till. Changing them needs a manager or admin; every change is in the audit log.</source>
            <translation>These rules apply to every sale at this till. Changing them needs a manager or admin; every change is in the audit log.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Counter rules saved.</source>
            <translation>Counter rules saved.</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+259" />
            <source>The receipt printer</source>
            <translation>The receipt printer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where receipts are printed. You can set it later in Settings.</source>
            <translation>Where receipts are printed. You can set it later in Settings.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the printer's address and choose the paper, then print a test page.</source>
            <translation>Type the printer's address and choose the paper, then print a test page.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer address</source>
            <translation>Printer address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} — {1} dots</source>
            <translation>{0} — {1} dots</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a test page</source>
            <translation>Print a test page</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No receipt printer for now (skip)</source>
            <translation>No receipt printer for now (skip)</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>Test page not printed: {0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>Printing a test page…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The printer cannot be used: {0}</source>
            <translation>The printer cannot be used: {0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+12" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>Save All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>Yes to &amp;All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>N&amp;o to All</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>Restore Defaults</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../ui/backoffice/receive.py" line="+47" />
            <source>Receive goods</source>
            <translation>Receive goods</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Scan, type an SKU (GRAIN-002:12.5 adds 12.5) or search, then Enter</source>
            <translation>Scan, type an SKU (GRAIN-002:12.5 adds 12.5) or search, then Enter</translation>
        </message>
        <message>
            <location line="+16" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery note number, driver, remarks…</source>
            <translation>Delivery note number, driver, remarks…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receive</source>
            <translation>Receive</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print labels for this receipt</source>
            <translation>Print labels for this receipt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From cooperative</source>
            <translation>From cooperative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add product</source>
            <translation>Add product</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lines (click a quantity to change it)</source>
            <translation>Lines (click a quantity to change it)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Remove {0}</source>
            <translation>Remove {0}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cooperative set to {0}, the supplier of {1}.</source>
            <translation>Cooperative set to {0}, the supplier of {1}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {0} comes from {1}, not from the cooperative chosen.</source>
            <translation>Note: {0} comes from {1}, not from the cooperative chosen.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No product for “{0}”: {1}</source>
            <translation>No product for “{0}”: {1}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Not received — fix the quantities in red: {0}</source>
            <translation>Not received — fix the quantities in red: {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not received: {0}</source>
            <translation>Not received: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received as {0}.</source>
            <translation>Received as {0}.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+93" />
            <location filename="../ui/refund_dialog/lines.py" line="-129" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the receipt's QR code or type its number, e.g. T01-000123</source>
            <extracomment>the ``RefundableSale`` shown, or ``None`` the last ``CompletedRefund`` made in this dialog, or ``None``</extracomment>
            <translation>Scan the receipt's QR code or type its number, e.g. T01-000123</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find sale</source>
            <translation>Find sale</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="-3" />
            <source>Product</source>
            <extracomment>the colour of refusals and of a line's amount that cannot be computed</extracomment>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>Sold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refundable</source>
            <translation>Refundable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+11" />
            <source>Everything refundable (Ctrl+A)</source>
            <translation>Everything refundable (Ctrl+A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing</source>
            <translation>Nothing</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All in cash</source>
            <translation>All in cash</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put the goods back on the shelf (untick to write them off)</source>
            <translation>Put the goods back on the shelf (untick to write them off)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why (optional), e.g. damaged, wrong size</source>
            <translation>Why (optional), e.g. damaged, wrong size</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Refund (Enter)</source>
            <translation>Refund (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Money back</source>
            <translation>Money back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goods</source>
            <translation>Goods</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="+84" />
            <location line="+69" />
            <location line="+47" />
            <source>Scan the receipt's QR code or type its number first.</source>
            <translation>Scan the receipt's QR code or type its number first.</translation>
        </message>
        <message>
            <location line="-108" />
            <source>The sale cannot be read now: {0}</source>
            <translation>The sale cannot be read now: {0}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sale {0} has been refunded in full — nothing is left to refund.</source>
            <translation>Sale {0} has been refunded in full — nothing is left to refund.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No sale yet: scan the receipt's QR code or type its number, then Enter.</source>
            <translation>No sale yet: scan the receipt's QR code or type its number, then Enter.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As paid</source>
            <translation>As paid</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sale {0} · {1} · total {2}</source>
            <translation>Sale {0} · {1} · total {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>left to pay back: {0}</source>
            <translation>left to pay back: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As paid ({0})</source>
            <translation>As paid ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As paid (cash)</source>
            <translation>As paid (cash)</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="+58" />
            <source>Type the quantity to refund (at most {0})</source>
            <translation>Type the quantity to refund (at most {0})</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Line {0}: {1}</source>
            <translation>Line {0}: {1}</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+46" />
            <location line="+4" />
            <source>To refund {0}</source>
            <translation>To refund {0}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the quantities to refund in the Refund column, or press Ctrl+A for everything refundable.</source>
            <translation>Type the quantities to refund in the Refund column, or press Ctrl+A for everything refundable.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A manager must approve this refund: choose the manager and type their PIN, then Enter.</source>
            <translation>A manager must approve this refund: choose the manager and type their PIN, then Enter.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A manager must approve this refund.</source>
            <translation>A manager must approve this refund.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The refund is not stored: {0}. Nothing was refunded — press Enter to try again.</source>
            <translation>The refund is not stored: {0}. Nothing was refunded — press Enter to try again.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back{2}. Goods {3}.</source>
            <translation>Refund {0} stored: {1} back{2}. Goods {3}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>back on the shelf</source>
            <translation>back on the shelf</translation>
        </message>
        <message>
            <location line="+0" />
            <source>written off</source>
            <translation>written off</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {0} is now refunded in full.</source>
            <translation>Sale {0} is now refunded in full.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="+109" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+1" />
            <location line="+3" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sales by category</source>
            <translation>Sales by category</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top products</source>
            <translation>Top products</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By payment method</source>
            <translation>By payment method</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By cooperative</source>
            <translation>By cooperative</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay card</source>
            <translation>UnionPay card</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sales: {0} · gross {1} · refunds: {2} ({3}) · &lt;b&gt;net {4}&lt;/b&gt;</source>
            <translation>Sales: {0} · gross {1} · refunds: {2} ({3}) · &lt;b&gt;net {4}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Report saved to {0}</source>
            <translation>Report saved to {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export daily report</source>
            <translation>Export daily report</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Report not saved: {0}</source>
            <translation>Report not saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+120" />
            <source>Return {0}</source>
            <translation>Return {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the goods back on the shelf</source>
            <translation>Put the goods back on the shelf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the goods off (damaged or lost)</source>
            <translation>Write the goods off (damaged or lost)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The parcel {0} for {1} came back. The sale {2} is refunded.</source>
            <translation>The parcel {0} for {1} came back. The sale {2} is refunded.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take the parcel back (Enter)</source>
            <translation>Take the parcel back (Enter)</translation>
        </message>
    </context>
    <context>
        <name>SalesChart</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="-149" />
            <source>No sales on this day</source>
            <translation>No sales on this day</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+47" />
            <source>Settings</source>
            <extracomment>each receipt language named in its own script (what the chooser shows, in any screen language) the receipt language choices offered, in stacking order (a setting not listed is added)</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+9" />
            <source>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview (no printer)</source>
            <translation>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview (no printer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — {1} dots</source>
            <translation>{0} — {1} dots</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cut the paper after each receipt</source>
            <translation>Cut the paper after each receipt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No cash drawer</source>
            <translation>No cash drawer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 2 (most drawers)</source>
            <translation>Pin 2 (most drawers)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 5</source>
            <translation>Pin 5</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scripts on receipts and X/Z reports, top to bottom. With all three, names print in all three and the labels in Chinese and English.</source>
            <translation>Scripts on receipts and X/Z reports, top to bottom. With all three, names print in all three and the labels in Chinese and English.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt printer</source>
            <translation>Receipt printer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper</source>
            <translation>Paper</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model (profile)</source>
            <translation>Printer model (profile)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cash drawer</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>Receipt languages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>Receipt QR address</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print a test page</source>
            <translation>Print a test page</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>Test page not printed: {0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>Printing a test page…</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+3" />
            <source>Not saved: {0}</source>
            <translation>Not saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettlementTab</name>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="-125" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+170" />
            <source>Create settlement</source>
            <translation>Create settlement</translation>
        </message>
        <message>
            <location line="-163" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>Sold</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gross</source>
            <translation>Gross</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+139" />
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <location line="-133" />
            <source>Save statement PDF…</source>
            <translation>Save statement PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save CSV…</source>
            <translation>Save CSV…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cooperative</source>
            <translation>Cooperative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Press Preview to see the settlement.</source>
            <translation>Press Preview to see the settlement.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Preview only — nothing is saved until “Create settlement”.</source>
            <translation>Preview only — nothing is saved until “Create settlement”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unsettled sales of this cooperative in these dates.</source>
            <translation>No unsettled sales of this cooperative in these dates.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Settlement {0} saved: {1}, {2} – {3}</source>
            <translation>Settlement {0} saved: {1}, {2} – {3}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved as {0}. Save the statement for the cooperative to sign.</source>
            <translation>Saved as {0}. Save the statement for the cooperative to sign.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CSV saved to {0}</source>
            <translation>CSV saved to {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Statement saved to {0}</source>
            <translation>Statement saved to {0}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Gross sales</source>
            <translation>Gross sales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commission ({0})</source>
            <translation>Commission ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount due to the cooperative</source>
            <translation>Amount due to the cooperative</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pay to: {0}</source>
            <translation>Pay to: {0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled and cannot be settled again. Create it?</source>
            <translation>Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled and cannot be settled again. Create it?</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save statement as PDF</source>
            <translation>Save statement as PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This version cannot make statement PDFs yet; save the CSV instead.</source>
            <translation>This version cannot make statement PDFs yet; save the CSV instead.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF not saved: {0}</source>
            <translation>PDF not saved: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save settlement as CSV</source>
            <translation>Save settlement as CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV not saved: {0}</source>
            <translation>CSV not saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../ui/setup/wizard.py" line="+90" />
            <source>Yarlung POS — setting up this till</source>
            <extracomment>the pages in order, by the names screenshots and tests use</extracomment>
            <translation>Yarlung POS — setting up this till</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enrolled with the county office as {0}.</source>
            <translation>Enrolled with the county office as {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Working alone as {0}.</source>
            <translation>Working alone as {0}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall: {0}</source>
            <translation>Hall: {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator: {0} ({1})</source>
            <translation>Administrator: {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt printer: {0}</source>
            <translation>Receipt printer: {0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none for now</source>
            <translation>none for now</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings could not be saved: {0}</source>
            <translation>The settings could not be saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialogs</name>
        <message>
            <location filename="../ui/shift_dialogs/common.py" line="+25" />
            <source>Shift {0} was opened on {1} at {2} and is still open. Count the drawer and close it (Z report), then open a new shift for today.</source>
            <extracomment>text colours: refusals and shortages, an exact count, an amount over</extracomment>
            <translation>Shift {0} was opened on {1} at {2} and is still open. Count the drawer and close it (Z report), then open a new shift for today.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Over {0}</source>
            <translation>Over {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Short {0}</source>
            <translation>Short {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exact</source>
            <translation>Exact</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="-287" />
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Shift {0}: {1} sale(s), {2} refund(s), net {3}; the drawer should hold {4}.</source>
            <translation>Shift {0}: {1} sale(s), {2} refund(s), net {3}; the drawer should hold {4}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No receipt printer is set up (Settings…).</source>
            <translation>No receipt printer is set up (Settings…).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not queued: {0}</source>
            <translation>Not queued: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing the X report…</source>
            <translation>Printing the X report…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Till locked</source>
            <translation>Till locked</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yarlung POS — sign in</source>
            <translation>Yarlung POS — sign in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till is locked. Sign in to go on — the open sale is kept.</source>
            <translation>The till is locked. Sign in to go on — the open sale is kept.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with your PIN.</source>
            <translation>Sign in with your PIN.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No users — create one with “yarlung-pos user add”.</source>
            <translation>No users — create one with “yarlung-pos user add”.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type your PIN.</source>
            <translation>Type your PIN.</translation>
        </message>
    </context>
    <context>
        <name>StockTab</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="-245" />
            <source>All products</source>
            <translation>All products</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+86" />
            <source>Low stock</source>
            <translation>Low stock</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Below zero (sold without stock)</source>
            <translation>Below zero (sold without stock)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+196" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+222" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="-222" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low at</source>
            <translation>Low at</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+194" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="-193" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+196" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="-196" />
            <source>Level after</source>
            <translation>Level after</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receive goods…</source>
            <translation>Receive goods…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adjust…</source>
            <translation>Adjust…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set low-stock threshold…</source>
            <translation>Set low-stock threshold…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Below zero: sold without stock — count it or receive the goods</source>
            <translation>Below zero: sold without stock — count it or receive the goods</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} products</source>
            <translation>{0} products</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Select a product to see its stock moves.</source>
            <translation>Select a product to see its stock moves.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock moves of {0} (newest first)</source>
            <translation>Stock moves of {0} (newest first)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <location line="+8" />
            <source>opening stock (demo)</source>
            <translation>opening stock (demo)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods received: {0} ({1} lines).</source>
            <translation>Goods received: {0} ({1} lines).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} adjusted by {1} ({2}); level now {3}.</source>
            <translation>{0} adjusted by {1} ({2}); level now {3}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Low-stock threshold of {0} saved.</source>
            <translation>Low-stock threshold of {0} saved.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>-2 (two broken) or +1 (one found)</source>
            <translation>-2 (two broken) or +1 (one found)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— choose a reason —</source>
            <translation>— choose a reason —</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Adjust stock</source>
            <translation>Adjust stock</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjust</source>
            <translation>Adjust</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Change (signed)</source>
            <translation>Change (signed)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a product first.</source>
            <translation>Select a product first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>empty: no warning</source>
            <translation>empty: no warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low-stock threshold</source>
            <translation>Low-stock threshold</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Warn at or below</source>
            <translation>Warn at or below</translation>
        </message>
    </context>
    <context>
        <name>StocktakeTab</name>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="-176" />
            <source>Start count</source>
            <translation>Start count</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Confirm and post differences</source>
            <translation>Confirm and post differences</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the counted quantity in the Counted column; each count is saved at once. Products left empty keep their level.</source>
            <translation>Type the counted quantity in the Counted column; each count is saved at once. Products left empty keep their level.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Count {0} is still open: carry on counting, then confirm.</source>
            <translation>Count {0} is still open: carry on counting, then confirm.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Everything</source>
            <translation>Everything</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No count open.</source>
            <translation>No count open.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: {2} of {3} counted</source>
            <translation>{0} — {1}: {2} of {3} counted</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: confirmed</source>
            <translation>{0} — {1}: confirmed</translation>
        </message>
        <message>
            <location line="+5" />
            <source>everything</source>
            <translation>everything</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Count {0} started: enter what is on the shelf.</source>
            <translation>Count {0} started: enter what is on the shelf.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{0} is not on this count.</source>
            <translation>{0} is not on this count.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0}: {1} — not saved; correct the red cell.</source>
            <translation>{0}: {1} — not saved; correct the red cell.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{0} confirmed. Differences posted: {1}</source>
            <translation>{0} confirmed. Differences posted: {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} confirmed: no differences.</source>
            <translation>{0} confirmed: no differences.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start a new count</source>
            <translation>Start a new count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count {0} is still open with counts entered. Start a new count anyway? The open one keeps its counts and is not posted.</source>
            <translation>Count {0} is still open with counts entered. Start a new count anyway? The open one keeps its counts and is not posted.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirm count</source>
            <translation>Confirm count</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} products were not counted; they keep their level. Post the differences now?</source>
            <translation>{0} products were not counted; they keep their level. Post the differences now?</translation>
        </message>
    </context>
    <context>
        <name>TillApp</name>
        <message>
            <location filename="../ui/app.py" line="+274" />
            <source>The backup was restored; the database as it was is kept as {0}. The till closes now: start it again.</source>
            <translation>The backup was restored; the database as it was is kept as {0}. The till closes now: start it again.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The backup was not restored ({0}); nothing was changed. The till closes now: start it again.</source>
            <translation>The backup was not restored ({0}); nothing was changed. The till closes now: start it again.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings file has a problem and was not used: {0}</source>
            <translation>The settings file has a problem and was not used: {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settings file problem — no printing</source>
            <translation>Settings file problem — no printing</translation>
        </message>
    </context>
    <context>
        <name>TillCheckout</name>
        <message>
            <location filename="../ui/till/checkout.py" line="+34" />
            <source>Total {0}</source>
            <translation>Total {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A discount is more than what it applies to now — change it (F7).</source>
            <translation>A discount is more than what it applies to now — change it (F7).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Discounts -{0}</source>
            <translation>Discounts -{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rounding {0}</source>
            <translation>Rounding {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paid so far {0}</source>
            <translation>Paid so far {0}</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The sale is empty — scan a product first.</source>
            <translation>The sale is empty — scan a product first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No shift is open — count the float to open one, then take payment.</source>
            <translation>No shift is open — count the float to open one, then take payment.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A discount no longer fits the sale — change it (F7) first.</source>
            <translation>A discount no longer fits the sale — change it (F7) first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sale comes to ￥0 — change the discount (F7), or give the goods away as a gift with a stock adjustment.</source>
            <translation>The sale comes to ￥0 — change the discount (F7), or give the goods away as a gift with a stock adjustment.</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <translation>Payments taken so far ({0}) are kept for this sale.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The discounts are above the limit now — a manager must approve them.</source>
            <translation>The discounts are above the limit now — a manager must approve them.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approve discounts of {0} on a sale of {1}.</source>
            <translation>Approve discounts of {0} on a sale of {1}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sale {0} complete</source>
            <translation>Sale {0} complete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change {0}</source>
            <translation>Change {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} stored. Ready for the next customer.</source>
            <translation>Sale {0} stored. Ready for the next customer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock below zero for {0} — please check the shelf.</source>
            <translation>Stock below zero for {0} — please check the shelf.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Receipt preview unavailable: {0}</source>
            <translation>Receipt preview unavailable: {0}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no sale to reprint yet.</source>
            <translation>There is no sale to reprint yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No receipt printer is set up — the receipt is shown on screen (Settings…).</source>
            <translation>No receipt printer is set up — the receipt is shown on screen (Settings…).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing a copy of {0}.</source>
            <translation>Printing a copy of {0}.</translation>
        </message>
    </context>
    <context>
        <name>TillCounter</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="-8" />
            <location filename="../ui/till/counter.py" line="+58" />
            <source>cashier</source>
            <translation>cashier</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+1" />
            <source>Cashier: {0}</source>
            <translation>Cashier: {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This till was restored from a backup. It sells again once it has synced with the county office, or once a manager has confirmed the receipt numbering (the back office's Backups tab).</source>
            <translation>This till was restored from a backup. It sells again once it has synced with the county office, or once a manager has confirmed the receipt numbering (the back office's Backups tab).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No shift is open — count the float to open one.</source>
            <translation>No shift is open — count the float to open one.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift still open</source>
            <translation>Shift still open</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} was opened on {1} by {2} and is still open. Close it now with a Z report, or carry on with it?</source>
            <translation>Shift {0} was opened on {1} by {2} and is still open. Close it now with a Z report, or carry on with it?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close it (Z report)</source>
            <translation>Close it (Z report)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry on</source>
            <translation>Carry on</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shift {0} has been open since {1}.</source>
            <translation>Shift {0} has been open since {1}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Signed in: {0}</source>
            <translation>Signed in: {0}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The sale is empty — scan a product first.</source>
            <translation>The sale is empty — scan a product first.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select a line first (arrow keys).</source>
            <translation>Select a line first (arrow keys).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payments were taken for this sale — remove them before changing prices.</source>
            <translation>Payments were taken for this sale — remove them before changing prices.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Payments were taken for this sale — finish it, or remove them first.</source>
            <translation>Payments were taken for this sale — finish it, or remove them first.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Finish or park the open sale before recalling another.</source>
            <translation>Finish or park the open sale before recalling another.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Payments were taken for this sale — give them back and remove them in the payment window first.</source>
            <translation>Payments were taken for this sale — give them back and remove them in the payment window first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel sale</source>
            <translation>Cancel sale</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Sale parked (lines: {0}, {1}). F8 with an empty sale lists parked sales.</source>
            <translation>Sale parked (lines: {0}, {1}). F8 with an empty sale lists parked sales.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Parked sale recalled — lines: {0}.</source>
            <translation>Parked sale recalled — lines: {0}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancel this sale (lines: {0}, {1})?</source>
            <translation>Cancel this sale (lines: {0}, {1})?</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sale cancelled.</source>
            <translation>Sale cancelled.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No shift is open — open one before refunding.</source>
            <translation>No shift is open — open one before refunding.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back.</source>
            <translation>Refund {0} stored: {1} back.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund {0}</source>
            <translation>Refund {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay back {0}</source>
            <translation>Pay back {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A shift is open already.</source>
            <translation>A shift is open already.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift {0} opened with {1}.</source>
            <translation>Shift {0} opened with {1}.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+11" />
            <location line="+10" />
            <source>No shift is open.</source>
            <translation>No shift is open.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Cash put into the drawer — logged.</source>
            <translation>Cash put into the drawer — logged.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash taken out of the drawer — logged.</source>
            <translation>Cash taken out of the drawer — logged.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Finish, park or cancel the open sale before closing the shift.</source>
            <translation>Finish, park or cancel the open sale before closing the shift.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift closed — Z report {0}.</source>
            <translation>Shift closed — Z report {0}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No cash drawer is set up (Settings…, cash drawer pin).</source>
            <translation>No cash drawer is set up (Settings…, cash drawer pin).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Opening the cash drawer.</source>
            <translation>Opening the cash drawer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up, so the drawer cannot be opened from the till (the attempt is logged).</source>
            <translation>No receipt printer is set up, so the drawer cannot be opened from the till (the attempt is logged).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the cash drawer without a sale.</source>
            <translation>Open the cash drawer without a sale.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show the audit log.</source>
            <translation>Show the audit log.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open the back office.</source>
            <translation>Open the back office.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Change the till's settings.</source>
            <translation>Change the till's settings.</translation>
        </message>
    </context>
    <context>
        <name>TillDelivery</name>
        <message>
            <location filename="../ui/till/delivery.py" line="+110" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <extracomment>the ``DeliveryCreated`` of the last delivery order taken at this till</extracomment>
            <translation>Payments taken so far ({0}) are kept for this sale.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delivery {0}</source>
            <translation>Delivery {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} — change {1}</source>
            <translation>Sale {0} — change {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sale {0} stored — delivery {1} is waiting to be packed (Ctrl+D).</source>
            <translation>Sale {0} stored — delivery {1} is waiting to be packed (Ctrl+D).</translation>
        </message>
    </context>
    <context>
        <name>TillScan</name>
        <message>
            <location filename="../ui/till/scan.py" line="+92" />
            <source>More products in this category — type to search.</source>
            <extracomment>at most this many search matches in view under the scan field (more: the list scrolls) and at most this part of the window's height, so that the cart stays in view</extracomment>
            <translation>More products in this category — type to search.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Added {0} — {1} × {2}</source>
            <translation>Added {0} — {1} × {2}</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+30" />
            <source>{0} — nothing was added.</source>
            <translation>{0} — nothing was added.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No product matches “{0}” — nothing was added.</source>
            <translation>No product matches “{0}” — nothing was added.</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Payments were taken for this sale ({0}) — remove them in the payment window (F12, Delete) before taking goods off the sale.</source>
            <translation>Payments were taken for this sale ({0}) — remove them in the payment window (F12, Delete) before taking goods off the sale.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+42" />
            <source>Select a line first (arrow keys).</source>
            <translation>Select a line first (arrow keys).</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+25" />
            <source>{0}: quantity {1}</source>
            <translation>{0}: quantity {1}</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Select a line first, then type * and the quantity.</source>
            <translation>Select a line first, then type * and the quantity.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Removed {0}</source>
            <translation>Removed {0}</translation>
        </message>
    </context>
    <context>
        <name>TillStatus</name>
        <message>
            <location filename="../ui/till/status.py" line="+35" />
            <source>Retry printing</source>
            <translation>Retry printing</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Backup failed — see the tooltip</source>
            <translation>Backup failed — see the tooltip</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the backup folder is missing (USB stick?)</source>
            <translation>Backed up on this PC only: the backup folder is missing (USB stick?)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up {0}</source>
            <translation>Backed up {0}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup folder {0} cannot be written: {1}</source>
            <translation>The backup folder {0} cannot be written: {1}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Syncing…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not connected to the county office</source>
            <translation>Not connected to the county office</translation>
        </message>
        <message>
            <location line="+5" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} · {1} waiting · last sync {2}</source>
            <translation>{0} · {1} waiting · last sync {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} rejected</source>
            <translation>{0} rejected</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Printer: {0}</source>
            <translation>Printer: {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer (preview only)</source>
            <translation>No receipt printer (preview only)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — receipts waiting: {1}</source>
            <translation>{0} — receipts waiting: {1}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printing… receipts waiting: {0}</source>
            <translation>Printing… receipts waiting: {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Retrying…</source>
            <translation>Retrying…</translation>
        </message>
    </context>
    <context>
        <name>TillWindow</name>
        <message>
            <location filename="../ui/till/window.py" line="+60" />
            <location line="+325" />
            <source>Yarlung POS — till {0}</source>
            <extracomment>(QueueState, error or None) from the print worker thread SyncStatus from the sync worker thread BackupStatus from the backup worker thread a manager's approval of the discounts, given at payment, for the next completion only payments taken for the open sale but not yet completing it (kept across Esc)</extracomment>
            <translation>Yarlung POS — till {0}</translation>
        </message>
        <message>
            <location line="-278" />
            <source>Scan a barcode or QR label, or type to search (F12 to pay)</source>
            <translation>Scan a barcode or QR label, or type to search (F12 to pay)</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Pay (F12)</source>
            <translation>Pay (F12)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove line (Del)</source>
            <translation>Remove line (Del)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Discount (F7)</source>
            <translation>Discount (F7)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Park (F8)</source>
            <translation>Park (F8)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel sale</source>
            <translation>Cancel sale</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+2" />
            <source>The last sale's receipt appears here.</source>
            <translation>The last sale's receipt appears here.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reprint (Ctrl+P)</source>
            <translation>Reprint (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a copy of the last sale's receipt</source>
            <translation>Print a copy of the last sale's receipt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Labels (Ctrl+L)</source>
            <translation>Labels (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back office…</source>
            <translation>Back office…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund (F9)</source>
            <translation>Refund (F9)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For delivery (F10)</source>
            <translation>For delivery (F10)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deliveries (Ctrl+D)</source>
            <translation>Deliveries (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location line="+3" />
            <source>X report</source>
            <translation>X report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in…</source>
            <translation>Cash in…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash out…</source>
            <translation>Cash out…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close shift (Z report)…</source>
            <translation>Close shift (Z report)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open shift…</source>
            <translation>Open shift…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open cash drawer (F6)</source>
            <translation>Open cash drawer (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sales (F8)</source>
            <translation>Parked sales (F8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit log…</source>
            <translation>Audit log…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the till (Ctrl+Shift+L)</source>
            <translation>Lock the till (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <location line="-222" />
            <location line="+292" />
            <location line="+10" />
            <source>Till {0} ready</source>
            <translation>Till {0} ready</translation>
        </message>
        <message>
            <location line="-291" />
            <source>The catalogue is empty. Import one with “yarlung-pos catalogue import FILE.csv”, or start with --demo to try the till.</source>
            <translation>The catalogue is empty. Import one with “yarlung-pos catalogue import FILE.csv”, or start with --demo to try the till.</translation>
        </message>
        <message>
            <location line="+319" />
            <source>The language could not be saved: {0}</source>
            <translation>The language could not be saved: {0}</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+29" />
            <source>no printer given</source>
            <translation>no printer given</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test page sent to {0}.</source>
            <translation>Test page sent to {0}.</translation>
        </message>
        <message>
            <location filename="../ui/till/window.py" line="+7" />
            <source>Sale in progress</source>
            <translation>Sale in progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sale with {0} line(s), total {1}, is not paid yet. Close the till and discard it?</source>
            <translation>A sale with {0} line(s), total {1}, is not paid yet. Close the till and discard it?</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../ui/cart_model.py" line="-79" />
            <source>pc</source>
            <translation>pc</translation>
        </message>
        <message>
            <location line="+1" />
            <source>btl</source>
            <translation>btl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>jar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>bag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>box</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>pair</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>pack</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="+57" />
            <source>Only an admin adds users, sets PINs, changes roles and (de)activates users; a manager may unlock a user locked out after wrong PINs.</source>
            <translation>Only an admin adds users, sets PINs, changes roles and (de)activates users; a manager may unlock a user locked out after wrong PINs.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+140" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+142" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+144" />
            <location line="+29" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked until</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set PIN…</source>
            <translation>Set PIN…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change role…</source>
            <translation>Change role…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Activate…</source>
            <translation>Activate…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} can sign in now.</source>
            <translation>{0} can sign in now.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} has a new PIN.</source>
            <translation>{0} has a new PIN.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is now: {1}.</source>
            <translation>{0} is now: {1}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is unlocked.</source>
            <translation>{0} is unlocked.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} can sign in again.</source>
            <translation>{0} can sign in again.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0} can no longer sign in.</source>
            <translation>{0} can no longer sign in.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a user first.</source>
            <translation>Select a user first.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>as shown on screen and receipts</source>
            <translation>as shown on screen and receipts</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lower-case letters and digits, e.g. tashi</source>
            <translation>lower-case letters and digits, e.g. tashi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>4 to 8 digits</source>
            <translation>4 to 8 digits</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>PIN again</source>
            <translation>PIN again</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New PIN</source>
            <translation>New PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new PIN also lifts a lock-out.</source>
            <translation>A new PIN also lifts a lock-out.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set PIN</source>
            <translation>Set PIN</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unlock user</source>
            <translation>Unlock user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A deactivated user cannot sign in; their sales and shifts stay as they are.</source>
            <translation>A deactivated user cannot sign in; their sales and shifts stay as they are.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user can sign in again with their PIN.</source>
            <translation>The user can sign in again with their PIN.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate user</source>
            <translation>Activate user</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate user</source>
            <translation>Deactivate user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
    </context>
</TS>

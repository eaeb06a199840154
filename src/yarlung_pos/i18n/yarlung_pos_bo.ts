<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo" sourcelanguage="en">
    <context>
        <name>ActionApprovalBox</name>
        <message>
            <location filename="../ui/backoffice/approving.py" line="+43" />
            <source>Admin approval</source>
            <translation>མ་ལག་དོ་དམ་པའི་ཆོག་མཆན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admin</source>
            <translation>མ་ལག་དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Admin's PIN</source>
            <translation>མ་ལག་དོ་དམ་པའི་གསང་ཨང་།</translation>
        </message>
    </context>
    <context>
        <name>AdjustReasons</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="+278" />
            <source>damaged</source>
            <translation>ཆག་སྐྱོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spoiled</source>
            <translation>རུལ་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sample</source>
            <translation>དཔེ་མཚོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gift</source>
            <translation>སྐྱེས་ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>correction</source>
            <translation>ནོར་བཅོས།</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+282" />
            <source>The administrator</source>
            <translation>མ་ལག་དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first user of the till. They add cashiers and managers later.</source>
            <translation>དངུལ་སྡུད་ས་འདིའི་བེད་སྤྱོད་པ་དང་པོ། རྗེས་སུ་ཁོང་གིས་དངུལ་སྡུད་པ་དང་དོ་དམ་པ་ཁ་སྣོན་བྱེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The administrator signs in with a PIN of 4 to 8 digits. Keep it secret.</source>
            <translation>མ་ལག་དོ་དམ་པས་ཨང་ཀི་ 4 ནས་ 8 བར་གྱི་གསང་ཨང་གིས་ནང་འཛུལ་བྱེད། གསང་བར་ཉར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Login name</source>
            <translation>ནང་འཛུལ་མིང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN (4–8 digits)</source>
            <translation>གསང་ཨང་། (ཨང་ཀི་ 4–8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>གསང་ཨང་ཡང་བསྐྱར།</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBox</name>
        <message>
            <location filename="../ui/approval.py" line="+27" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager approval</source>
            <translation>དོ་དམ་པའི་ཆོག་མཆན།</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="+7" />
            <source>Manager's PIN</source>
            <translation>དོ་དམ་པའི་གསང་ཨང་།</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../ui/backoffice/approving.py" line="-6" />
            <source>Manager</source>
            <translation>དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/backoffice/approving.py" line="+1" />
            <source>PIN</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No manager is set up on this till — ask an admin to add one.</source>
            <translation>དངུལ་སྡུད་ས་འདིར་དོ་དམ་པ་མེད། — མ་ལག་དོ་དམ་པར་ཁ་སྣོན་བྱེད་དུ་འཇུག</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A manager must type their PIN.</source>
            <translation>དོ་དམ་པས་རང་གི་གསང་ཨང་འཇུག་དགོས།</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location line="+22" />
            <source>Manager approval</source>
            <translation>དོ་དམ་པའི་ཆོག་མཆན།</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../ui/audit_text.py" line="+20" />
            <source>Sale</source>
            <extracomment>labels of the detail keys the services record</extracomment>
            <translation>ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/audit_view.py" line="+15" />
            <source>Refund</source>
            <translation>ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>བསྡོམས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>དངུལ་འབོར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>གྲབས་ཉར་དངུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected in the drawer</source>
            <translation>དངུལ་སྒམ་ནང་ཡོད་དགོས་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>བགྲངས་འབོར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over / short</source>
            <translation>ལྷག / ཆད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift</source>
            <translation>ལས་རེས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z སྙན་ཞུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Applies to</source>
            <translation>ནུས་པ་ཐོན་ས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>རིན་ཐང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>དམིགས་ཡུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PINs in a row</source>
            <translation>རྒྱུན་མར་གསང་ཨང་ནོར་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes</source>
            <translation>སྐར་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>ཆོག་མཆན་བྱས་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User</source>
            <translation>བེད་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>ཕྱིར་སློག་དངུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>འགན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings of</source>
            <translation>སྒྲིག་འགོད་ཀྱི་ཡུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed</source>
            <translation>བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back to stock</source>
            <translation>མཛོད་དུ་ལོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines</source>
            <translation>ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid back</source>
            <translation>ཕྱིར་སྤྲོད་དངུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sale</source>
            <translation>གནས་སྐབས་ཉར་བའི་ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlocked the till</source>
            <translation>དངུལ་སྡུད་སའི་ཟྭ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>སྔོན་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo till</source>
            <translation>དཔེ་སྟོན་དངུལ་སྡུད་ས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup</source>
            <translation>གྲབས་ཉར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup made</source>
            <translation>གྲབས་ཉར་བཟོས་དུས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Safety copy</source>
            <translation>ཉེན་འགོག་འདྲ་བཤུས།</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Numbering</source>
            <translation>ཨང་རིམ།</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Confirmed by</source>
            <translation>གཏན་འཁེལ་མཁན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts go on after</source>
            <translation>འཛིན་ཤོག་གི་ཨང་འདིའི་རྗེས་ནས་མུ་མཐུད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shifts go on after</source>
            <translation>ལས་རེས་ཀྱི་ཨང་འདིའི་རྗེས་ནས་མུ་མཐུད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z reports go on after</source>
            <translation>Z སྙན་ཞུའི་ཨང་འདིའི་རྗེས་ནས་མུ་མཐུད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>སྐྱེལ་འདྲེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients' data erased after (days)</source>
            <translation>ལེན་མཁན་གྱི་གནས་ཚུལ་སུབ་པའི་ཉིན་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>ཕྱིར་ལོག་ཐུམ་སྒྲིལ་གྱི་སྦྲག་གླ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>སྦྲག་གླ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address</source>
            <translation>སྐུར་མཁན་གྱི་ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's phone</source>
            <translation>སྐུར་མཁན་གྱི་ཁ་པར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipt printer</source>
            <translation>འཛིན་ཤོག་པར་ཆས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>ཤོག་བུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model</source>
            <translation>པར་ཆས་ཀྱི་རིགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cut the paper</source>
            <translation>ཤོག་བུ་གཅོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash drawer</source>
            <translation>དངུལ་སྒམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>འཛིན་ཤོག་གི་ QR ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>འཛིན་ཤོག་གི་ཡི་གེ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label QR address</source>
            <translation>ཁ་ཡིག་གི་ QR ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label languages</source>
            <translation>ཁ་ཡིག་གི་ཡི་གེ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label calibration</source>
            <translation>ཁ་ཡིག་ཚད་སྙོམས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Screen language</source>
            <translation>བརྙན་ཡོལ་གྱི་སྐད་ཡིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup folder</source>
            <translation>གྲབས་ཉར་ཡིག་སྣོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>དངུལ་དངོས་སྒྲིལ་ཐབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (%)</source>
            <translation>ཆག་ཡང་གི་ཚད། (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit (￥)</source>
            <translation>ཆག་ཡང་གི་ཚད། (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock when idle (minutes)</source>
            <translation>བེད་མེད་སྐབས་ཟྭ་རྒྱག (སྐར་མ།)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>signing in</source>
            <extracomment>code values the services record, in words</extracomment>
            <translation>ནང་འཛུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown user</source>
            <translation>ངོས་མི་ཤེས་པའི་བེད་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>locked out</source>
            <translation>ཟྭ་བརྒྱབ་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one line</source>
            <translation>ཐིག་ཕྲེང་གཅིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the whole sale</source>
            <translation>ཉོ་ཚོང་ཧྲིལ་པོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>percent off</source>
            <translation>བརྒྱ་ཆའི་ཆག་ཡང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount off</source>
            <translation>དངུལ་འབོར་ཆག་ཡང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>new unit price</source>
            <translation>ཚད་གཅིག་གི་རིན་གོང་གསར་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no discount</source>
            <translation>ཆག་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this till</source>
            <translation>དངུལ་སྡུད་ས་འདི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the counter rules</source>
            <translation>དངུལ་སྡུད་ཀྱི་སྒྲིག་གཞི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>added</source>
            <translation>ཁ་སྣོན་བྱས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed</source>
            <translation>གཏན་འཁེལ་བྱས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the county server</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cashier</source>
            <translation>དངུལ་སྡུད་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>manager</source>
            <translation>དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>administrator</source>
            <translation>མ་ལག་དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen</source>
            <translation>ཧྥུན་མི་རྩི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to the nearest jiao</source>
            <translation>ཅའོ་ཉེ་ཤོས་ལ་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash</source>
            <translation>དངུལ་དངོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>ཝེ་ཤིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>ཀྲི་ཧྥུ་པའོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay</source>
            <translation>དངུལ་མཐུད་ཁཱ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>ཁཱ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to pack</source>
            <translation>ཐུམ་རྒྱག་དགོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the delivery rules</source>
            <translation>སྐྱེལ་འདྲེན་གྱི་སྒྲིག་སྲོལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kept</source>
            <translation>ཕྱིར་མི་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded</source>
            <translation>ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a new postage table</source>
            <translation>སྦྲག་གླའི་རེའུ་མིག་གསར་པ།</translation>
        </message>
        <message>
            <location line="+17" />
            <source>yes</source>
            <extracomment>keys whose value is the code of an action (shown by its name in the audit log) details that say something only when true ("Unlocked the till", "Demo till")</extracomment>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <location line="+24" />
            <source>line {0}: {1}</source>
            <translation>ཐིག་ཕྲེང་ {0}: {1}</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Manager approval</source>
            <translation>འགན་འཛིན་གྱི་ཆོག་མཆན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price changed</source>
            <translation>རིན་གོང་བསྒྱུར།</translation>
        </message>
        <message>
            <location filename="../ui/audit_text.py" line="-135" />
            <location filename="../ui/audit_view.py" line="+0" />
            <source>Discount</source>
            <translation>ཆག་ཡང་།</translation>
        </message>
        <message>
            <location filename="../ui/audit_view.py" line="+1" />
            <source>Sale cancelled</source>
            <translation>ཚོང་འགྲེམས་མེད་པར་བཟོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line removed</source>
            <translation>ཐིག་ཕྲེང་སུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drawer opened</source>
            <translation>དངུལ་སྒམ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed in</source>
            <translation>ནང་འཛུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong PIN</source>
            <translation>གསང་ཨང་ནོར།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Locked out</source>
            <translation>སྒོ་ལྕགས་བརྒྱབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User changed</source>
            <translation>སྤྱོད་མཁན་བསྒྱུར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings changed</source>
            <translation>སྒྲིག་འགོད་བསྒྱུར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift opened</source>
            <translation>ལས་རེས་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift closed</source>
            <translation>ལས་རེས་ཁ་བརྒྱབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in</source>
            <translation>དངུལ་དངོས་ནང་འཇུག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>དངུལ་དངོས་ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale parked</source>
            <translation>ཚོང་འགྲེམས་གནས་སྐབས་བཞག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale recalled</source>
            <translation>ཚོང་འགྲེམས་ཕྱིར་བླངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Till locked</source>
            <translation>དངུལ་བསྡུ་ས་ལྕགས་བརྒྱབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Backup restored</source>
            <translation>གྲབས་ཉར་སླར་གསོ་བྱས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Numbering confirmed</source>
            <translation>ཨང་རིམ་གཏན་འཁེལ་བྱས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery order</source>
            <translation>སྐྱེལ་འདྲེན་བཞེས་ཐོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient's phone and address shown</source>
            <translation>ལེན་མཁན་གྱི་ཁ་པར་དང་ཁ་བྱང་བསྟན་པ།</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <location line="+18" />
            <source>Audit log</source>
            <translation>ཞིབ་བཤེར་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>All actions</source>
            <translation>བྱ་བ་ཡོངས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>User</source>
            <translation>བེད་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>བྱ་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved by</source>
            <translation>ཆོག་མཆན་སྤྲོད་མཁན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>ཞིབ་ཕྲ།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>སྟོན།</translation>
        </message>
    </context>
    <context>
        <name>BackOfficeWindow</name>
        <message>
            <location filename="../ui/backoffice/window.py" line="+43" />
            <location line="+55" />
            <source>Back office — Yarlung POS</source>
            <extracomment>the tabs in order: (attribute, module under yarlung_pos.ui.backoffice, class) the till was enrolled (or enrolled again) in the County office tab: its terminal code</extracomment>
            <translation>རྒྱབ་ཕྱོགས་དོ་དམ། — Yarlung POS</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Stock</source>
            <translation>མཛོད་ཉར།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>མཛོད་ཉར་ཞིབ་བགྲང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Settlement</source>
            <translation>རྩིས་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports</source>
            <translation>སྙན་ཞུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catalogue</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+41" />
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Catalogue files</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་གི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Users</source>
            <translation>བེད་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counter rules</source>
            <translation>ཚོང་ཁྲིའི་སྒྲིག་སྲོལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County office</source>
            <translation>རྫོང་གི་ལས་ཁུངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Backups</source>
            <translation>གྲབས་ཉར།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delivery</source>
            <translation>སྐྱེལ་འདྲེན།</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Unsaved changes</source>
            <translation>ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue editor has changes that are not saved. Close anyway?</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་ནང་ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས་ཡོད། ཡིན་ནའང་ཁ་རྒྱག་གམ།</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <location filename="../ui/backoffice/backups.py" line="+110" />
            <source>Made</source>
            <translation>བཟོས་དུས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last receipt</source>
            <translation>འཛིན་ཤོག་མཐའ་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales</source>
            <translation>ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not yet at the county</source>
            <translation>རྫོང་ལ་མ་སླེབས་པ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation>ཆེ་ཆུང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back up now</source>
            <translation>ད་ལྟ་གྲབས་ཉར་བྱེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the file</source>
            <translation>ཡིག་ཆ་ཞིབ་བཤེར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore…</source>
            <translation>སླར་གསོ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbering after the restore</source>
            <translation>སླར་གསོའི་རྗེས་ཀྱི་འཛིན་ཤོག་ཨང་རིམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm the numbering</source>
            <translation>ཨང་རིམ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last receipt number used</source>
            <translation>བེད་སྤྱོད་བྱས་པའི་འཛིན་ཤོག་ཨང་མཐའ་མ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last shift number used</source>
            <translation>བེད་སྤྱོད་བྱས་པའི་ལས་རེས་ཨང་མཐའ་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last Z report number used</source>
            <translation>བེད་སྤྱོད་བྱས་པའི་ Z སྙན་ཞུའི་ཨང་མཐའ་མ།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backups are made after every shift close, once a day and before every update, in {0}.</source>
            <translation>ལས་རེས་རེ་མཇུག་སྒྲིལ་རྗེས་དང་། ཉིན་རེར་ཐེངས་གཅིག གསར་སྒྱུར་རེའི་སྔོན་ལ་ {0} ནང་གྲབས་ཉར་བྱེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A second copy goes to {0}.</source>
            <translation>འདྲ་བཤུས་གཉིས་པ་ {0} ལ་འགྲོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set a second folder (a USB stick) in the settings to keep a copy off this PC.</source>
            <translation>གློག་ཀླད་འདིའི་ཕྱི་ལོགས་སུ་འདྲ་བཤུས་ཉར་བར་སྒྲིག་འགོད་ནང་ཡིག་སྣོད་གཉིས་པ་ (USB) གཏན་འཁེལ་གྱིས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till was restored from a backup. Customers or the county office may hold receipts made after it, so the till sells again only after the numbering is confirmed: an enrolled till asks the county office at its next sync; otherwise a manager checks the last numbers (the receipt roll, the last Z report) and confirms them. They can be raised, never lowered.</source>
            <translation>དངུལ་སྡུད་ས་འདི་གྲབས་ཉར་ནས་སླར་གསོ་བྱས་ཡོད། ཉོ་མཁན་ནམ་རྫོང་གི་ལས་ཁུངས་ལ་དེའི་རྗེས་ཀྱི་འཛིན་ཤོག་ཡོད་སྲིད་པས་ཨང་རིམ་གཏན་འཁེལ་རྗེས་ཁོ་ནར་ཡང་བསྐྱར་འཚོང་། ཐོ་འགོད་བྱས་པའི་དངུལ་སྡུད་སས་མཉམ་འགྲིག་རྗེས་མར་རྫོང་གི་ལས་ཁུངས་ལ་འདྲི། དེ་མིན་དོ་དམ་པས་ཨང་མཐའ་མ་ (འཛིན་ཤོག་སྒྲིལ་བ་དང་ Z སྙན་ཞུ་མཐའ་མ།) ཞིབ་བཤེར་བྱས་ཏེ་གཏན་འཁེལ་བྱེད། ཨང་འཕར་ཆོག་ཀྱང་ཆག་མི་ཆོག</translation>
        </message>
        <message>
            <location line="+16" />
            <source>shift closed</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>daily</source>
            <translation>ཉིན་རེ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before an update</source>
            <translation>གསར་སྒྱུར་གྱི་སྔོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by hand</source>
            <translation>ལག་བཟོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>before a restore</source>
            <translation>སླར་གསོའི་སྔོན།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{0} MB</source>
            <translation>{0} MB</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Backing up…</source>
            <translation>གྲབས་ཉར་བྱེད་བཞིན་པ…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The backup failed: {0}</source>
            <translation>གྲབས་ཉར་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the second folder cannot be used (is the USB stick plugged in?)</source>
            <translation>གློག་ཀླད་འདིར་ཁོ་ནར་གྲབས་ཉར་བྱས། ཡིག་སྣོད་གཉིས་པ་བེད་སྤྱོད་བྱེད་མི་ཐུབ། (USB བཙུགས་ཡོད་དམ།)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backed up: {0}</source>
            <translation>གྲབས་ཉར་བྱས་ཟིན། {0}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This backup cannot be used: {0}</source>
            <translation>གྲབས་ཉར་འདི་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file is whole: {0} sales, last receipt {1}.</source>
            <translation>ཡིག་ཆ་ཆ་ཚང་ཡོད། ཉོ་ཚོང་ {0} དང་འཛིན་ཤོག་མཐའ་མ་ {1}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Close the till, then restore with “yarlung-pos backup restore”.</source>
            <translation>དངུལ་སྡུད་ས་སྒོ་བརྒྱབ་རྗེས་ “yarlung-pos backup restore” ཡིས་སླར་གསོ་གྱིས།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Restore this backup?</source>
            <translation>གྲབས་ཉར་འདི་སླར་གསོ་བྱེད་དམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the backup of {0} in place of this till's database? It holds {1} sales, the last receipt {2}. A copy of the database as it is now is kept. The till closes afterwards; start it again.</source>
            <translation>{0} ཡི་གྲབས་ཉར་དེ་དངུལ་སྡུད་ས་འདིའི་གཞི་གྲངས་མཛོད་ཀྱི་ཚབ་ཏུ་འཇོག་གམ། དེའི་ནང་ཉོ་ཚོང་ {1} དང་འཛིན་ཤོག་མཐའ་མ་ {2} ཡོད། ད་ལྟའི་གཞི་གྲངས་མཛོད་ཀྱི་འདྲ་བཤུས་ཉར་རྒྱུ་ཡིན། དེ་རྗེས་དངུལ་སྡུད་ས་སྒོ་རྒྱག་པས་ཡང་བསྐྱར་འགོ་ཚུགས།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Type whole numbers, e.g. 128.</source>
            <translation>ཨང་གྲངས་ཆ་ཚང་འབྲི། དཔེར་ན། 128</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Numbering confirmed: the till sells again.</source>
            <translation>ཨང་རིམ་གཏན་འཁེལ་བྱས་ཟིན། དངུལ་སྡུད་སས་ཡང་བསྐྱར་འཚོང་།</translation>
        </message>
    </context>
    <context>
        <name>BatchHandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+244" />
            <source>Hand over a batch</source>
            <translation>ཚན་པ་གཅིག་སྦྲག་ཁང་ལ་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Finish (Esc)</source>
            <translation>མཇུག་སྒྲིལ། (Esc)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the QR code on the parcel's packing slip.</source>
            <translation>ཐུམ་སྒྲིལ་ཐོ་ཡི་ཐོག་གི་ QR ཚིག་རིས་ལ་བཤེར་འབེབས་གནང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} for {1}: now scan the waybill's barcode.</source>
            <translation>{1} ལ་སྐྱེལ་རྒྱུའི་ {0}། ད་སྦྲག་འཛིན་གྱི་ཚིག་རིས་ལ་བཤེར་འབེབས་གནང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Handed over: {0}</source>
            <translation>སྦྲག་ཁང་ལ་སྤྲད་ཟིན། {0}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no delivery {0}.</source>
            <translation>སྐྱེལ་འདྲེན་ {0} མི་འདུག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} is not a parcel's QR code: scan the packing slip's QR code first.</source>
            <translation>{0} ཐུམ་སྒྲིལ་གྱི་ QR ཚིག་རིས་མིན། སྔོན་ལ་ཐུམ་སྒྲིལ་ཐོའི་ QR ཚིག་རིས་ལ་བཤེར་འབེབས་གནང་།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{0} handed over with {1}.</source>
            <translation>{0} {1} དང་མཉམ་དུ་སྦྲག་ཁང་ལ་སྤྲད་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>CancelOrderDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+84" />
            <source>Cancel order {0}</source>
            <translation>བཀའ་འཐོབ་ {0} ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>why (the customer sees it)</source>
            <translation>རྒྱུ་མཚན། (ཉོ་མཁན་གྱིས་མཐོང་།)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Back (Esc)</source>
            <translation>ཕྱིར་ལོག (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the order (Enter)</source>
            <translation>བཀའ་འཐོབ་ཕྱིར་འཐེན། (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CartTableModel</name>
        <message>
            <location filename="../ui/cart_model.py" line="+62" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Qty</source>
            <translation>གྲངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>རིན་གོང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>བསྡོམས།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Price changed from {0} by a manager</source>
            <translation>དོ་དམ་པས་རིན་གོང་ {0} ནས་བསྒྱུར་ཟིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line discount {0}</source>
            <translation>ཚོང་ཟོག་འདིའི་རིན་ཆག {0}</translation>
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="+137" />
            <source>Cash in</source>
            <translation>དངུལ་དངོས་ནང་འཇུག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash out</source>
            <translation>དངུལ་དངོས་ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash put into the drawer (e.g. change from the bank).</source>
            <translation>དངུལ་སྒམ་ནང་བཞག་པའི་དངུལ་དངོས། (དཔེར་ན། དངུལ་ཁང་ནས་བརྗེས་པའི་དངུལ་ཕྲན།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash taken out of the drawer (e.g. to the safe, a delivery paid in cash).</source>
            <translation>དངུལ་སྒམ་ནས་ཕྱིར་བླངས་པའི་དངུལ་དངོས། (དཔེར་ན། ཉེན་འགོག་སྒམ་དུ་བཞག་པ། ཡང་ན་ཟོག་འབྱོར་གྱི་རིན་དངུལ་དངོས་ཐོག་སྤྲད་པ།)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>yuan, e.g. 100</source>
            <translation>སྒོར་མོ། དཔེར་ན། 100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. change from the bank</source>
            <translation>དཔེར་ན། དངུལ་ཁང་ནས་བརྗེས་པའི་དངུལ་ཕྲན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. to the safe</source>
            <translation>དཔེར་ན། ཉེན་འགོག་སྒམ་དུ་བཞག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Put in (Enter)</source>
            <translation>ནང་འཇུག (Enter)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take out (Enter)</source>
            <translation>ཕྱིར་འདོན། (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount (￥)</source>
            <translation>དངུལ་འབོར། (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The drawer should hold {0} now.</source>
            <translation>ད་ལྟ་དངུལ་སྒམ་ནང་ {0} ཡོད་དགོས།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type the amount in yuan, e.g. 100 or 12.50.</source>
            <translation>དངུལ་འབོར་སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 100 ཡང་ན་ 12.50</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>དངུལ་འབོར་མ་རེད། {0} (སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 200 ཡང་ན་ 12.50)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be above zero.</source>
            <translation>དངུལ་འབོར་ཀླད་ཀོར་ལས་མང་དགོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give a reason for the cash movement.</source>
            <translation>དངུལ་དངོས་ནང་འཇུག་གམ་ཕྱིར་འདོན་གྱི་རྒྱུ་མཚན་འབྲི་དགོས།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The drawer should hold only {0}.</source>
            <translation>དངུལ་སྒམ་ནང་ {0} ཁོ་ན་ཡོད་དགོས།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Not stored: {0}</source>
            <translation>ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueFilesTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue_files.py" line="+73" />
            <source>Import from CSV files</source>
            <extracomment>the file each kind is exported to, in the chosen folder</extracomment>
            <translation>CSV ཡིག་ཆ་ནས་ནང་འདྲེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one, two or all three files (UTF-8 CSV, as exported below). Check lists every bad row; Import takes all the files or nothing. Rows with a known code or SKU are updated, new ones added.</source>
            <translation>ཡིག་ཆ་གཅིག་གམ་གཉིས། ཡང་ན་གསུམ་ཆར་འདེམས། (UTF-8 CSV། གཤམ་གྱི་ཕྱིར་འདོན་དང་འདྲ།) ཞིབ་བཤེར་གྱིས་ཐིག་ཕྲེང་ནོར་བ་ཚང་མ་སྟོན། ནང་འདྲེན་གྱིས་ཡིག་ཆ་ཚང་མ་ལེན་པའམ་གཅིག་ཀྱང་མི་ལེན། ཨང་རྟགས་སམ་ SKU ཡོད་ཟིན་པའི་ཐིག་ཕྲེང་གསར་བཅོས་བྱེད། གསར་པ་ཁ་སྣོན་བྱེད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export to CSV files</source>
            <translation>CSV ཡིག་ཆར་ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writes categories.csv, cooperatives.csv and products.csv into the folder (files of those names there are replaced).</source>
            <translation>categories.csv དང་ cooperatives.csv། products.csv བཅས་ཡིག་སྣོད་ནང་འབྲི། (དེ་ནང་མིང་གཅིག་པའི་ཡིག་ཆ་ཚབ་བརྗེ་བྱེད།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder</source>
            <translation>ཡིག་སྣོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a folder, e.g. on a USB stick</source>
            <translation>ཡིག་སྣོད་གཅིག དཔེར་ན་ USB ནང་གི</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>འདེམས…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation>ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Export the catalogue to</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་ཕྱིར་འདོན་ས།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a folder first.</source>
            <translation>སྔོན་ལ་ཡིག་སྣོད་གཅིག་འདེམས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no folder {0}.</source>
            <translation>ཡིག་སྣོད་ {0} མི་འདུག</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write to {0}: {1}</source>
            <translation>{0} ནང་འབྲི་མི་ཐུབ། {1}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exported {0} categories, {1} cooperatives and {2} products to {3}.</source>
            <translation>དབྱེ་རིགས་ {0} དང་མཉམ་ལས་ཁང་ {1}། ཚོང་ཟོག་ {2} བཅས་ {3} ལ་ཕྱིར་འདོན་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>CatalogueImportForm</name>
        <message>
            <location filename="../ui/forms/catalogue_import.py" line="+81" />
            <source>Categories file</source>
            <translation>དབྱེ་རིགས་ཀྱི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cooperatives file</source>
            <translation>མཉམ་ལས་ཁང་གི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products file</source>
            <translation>ཚོང་ཟོག་གི་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose…</source>
            <translation>འདེམས…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV file (UTF-8)</source>
            <translation>CSV ཡིག་ཆ། (UTF-8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>ཞིབ་བཤེར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import</source>
            <translation>ནང་འདྲེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>File</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Column</source>
            <translation>སྟར་ཕྲེང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>དཀའ་ངལ།</translation>
        </message>
        <message>
            <location line="+22" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV ཡིག་ཆ (*.csv);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Choose at least one file.</source>
            <translation>ཉུང་མཐར་ཡིག་ཆ་གཅིག་འདེམས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no file {0}.</source>
            <translation>ཡིག་ཆ་ {0} མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems found: {0}. Nothing was imported; correct the files and check again.</source>
            <translation>དཀའ་ངལ་ {0} རྙེད། གང་ཡང་ནང་འདྲེན་བྱས་མེད། ཡིག་ཆ་བཅོས་རྗེས་ཡང་བསྐྱར་ཞིབ་བཤེར་གྱིས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0}: {1} new, {2} changed</source>
            <translation>{0}: གསར་པ་ {1} བཅོས་པ་ {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No problems found; ready to import.</source>
            <translation>དཀའ་ངལ་མ་རྙེད། ནང་འདྲེན་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported.</source>
            <translation>ནང་འདྲེན་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <location filename="../ui/setup/catalogue_page.py" line="+140" />
            <source>The catalogue</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The products the till sells, with their prices and barcodes.</source>
            <translation>དངུལ་སྡུད་ས་འདིས་འཚོང་བའི་ཚོང་ཟོག་དང་དེའི་རིན་གོང་། ཐིག་ཨང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From the county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ནས་ལེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From CSV files</source>
            <translation>CSV ཡིག་ཆ་ནས་ནང་འདྲེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start empty</source>
            <translation>སྟོང་པ་ནས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till starts without products; add them later in the back office. Scanning finds nothing until products are added.</source>
            <translation>དངུལ་སྡུད་ས་ཚོང་ཟོག་མེད་པར་འགོ་འཛུགས། རྗེས་སུ་རྒྱབ་ཕྱོགས་དོ་དམ་ནང་ཁ་སྣོན་གྱིས། ཚོང་ཟོག་ཁ་མ་སྣོན་བར་དུ་ཞིབ་འབེབས་ཀྱིས་གང་ཡང་མི་རྙེད།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Next fetches the catalogue from the county office.</source>
            <translation>མདུན་སྐྱོད་མནན་ན་རྫོང་གི་ལས་ཁུངས་ནས་ཚོང་ཟོག་དཀར་ཆག་ལེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office first (step 3).</source>
            <translation>སྔོན་ལ་རྫོང་གི་ལས་ཁུངས་སུ་ཐོ་འགོད་བྱོས། (གོ་རིམ་ 3)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fetching the catalogue… {0} of {1} entries</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་ལེན་བཞིན… {1} ནང་ནས་ {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetching the catalogue… {0} entries</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་ལེན་བཞིན… {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The catalogue was fetched: {0} entries.</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་བླངས་ཟིན། {0}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the till could not keep what the server sent ({0})</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ནས་བསྐུར་བ་དངུལ་སྡུད་སར་ཉར་མ་ཐུབ། ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The catalogue could not be fetched: {0}</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་ལེན་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Choose the CSV files, or start empty.</source>
            <translation>CSV ཡིག་ཆ་འདེམས་སམ། སྟོང་པ་ནས་འགོ་འཛུགས།</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <location filename="../ui/backoffice/catalogue.py" line="+107" />
            <source>Products</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperatives</source>
            <translation>མཉམ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories</source>
            <translation>དབྱེ་རིགས།</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Filter by name, SKU or barcode</source>
            <translation>མིང་དང་ཟོག་ཨང་། ཐིག་ཨང་གིས་འདེམས།</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+36" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+42" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+42" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location line="-42" />
            <source>English</source>
            <translation>དབྱིན་ཡིག</translation>
        </message>
        <message>
            <location line="-30" />
            <location line="+30" />
            <source>Category</source>
            <translation>དབྱེ་རིགས།</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+30" />
            <location line="+55" />
            <source>Cooperative</source>
            <translation>མཉམ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location line="-84" />
            <location line="+29" />
            <source>Unit</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Price</source>
            <translation>རིན་གོང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Active</source>
            <translation>འཚོང་བཞིན།</translation>
        </message>
        <message>
            <location line="-35" />
            <source>EAN-13, EAN-8 or UPC-A; empty if none</source>
            <translation>EAN-13 དང་ EAN-8 ཡང་ན་ UPC-A། མེད་ན་སྟོང་པ་བཞག</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A new price applies to new sales only.</source>
            <translation>རིན་གོང་གསར་པ་ཉོ་ཚོང་གསར་པ་ཁོ་ནར་ནུས་པ་ཡོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>empty: no warning</source>
            <translation>སྟོང་པ་ཡིན་ན། ཉེན་བརྡ་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active (sold at the till)</source>
            <translation>འཚོང་བཞིན། (དངུལ་སྡུད་སར་འཚོང་ཆོག)</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Barcode</source>
            <translation>ཐིག་ཨང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>Tibetan name</source>
            <translation>བོད་ཡིག་མིང་།</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>Chinese name</source>
            <translation>རྒྱ་ཡིག་མིང་།</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+15" />
            <source>English name</source>
            <translation>དབྱིན་ཡིག་མིང་།</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Price (￥)</source>
            <translation>རིན་གོང་། (￥)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Low-stock threshold</source>
            <translation>མཛོད་གྲངས་ཉུང་བའི་ཚད།</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+170" />
            <source>New product</source>
            <translation>ཚོང་ཟོག་གསར་པ།</translation>
        </message>
        <message>
            <location line="-168" />
            <source>Save product</source>
            <translation>ཚོང་ཟོག་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete</source>
            <translation>སུབ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+61" />
            <source>Code</source>
            <translation>ཨང་རྟགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Commission</source>
            <translation>ཐོབ་ཆ།</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Bank, account name and number, or WeChat/Alipay account</source>
            <translation>དངུལ་ཁང་། རྩིས་ཁྲའི་མིང་དང་ཨང་གྲངས། ཡང་ན་ WeChat/Alipay རྩིས་ཁྲ།</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Town (Tibetan)</source>
            <translation>གྲོང་རྡལ། (བོད་ཡིག)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (Chinese)</source>
            <translation>གྲོང་རྡལ། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Town (English)</source>
            <translation>གྲོང་རྡལ། (དབྱིན་ཡིག)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact person</source>
            <translation>འབྲེལ་གཏུག་མི་སྣ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payout details</source>
            <translation>དངུལ་ལེན་གནས་ཚུལ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hall commission</source>
            <translation>ཚོང་ཁང་གི་ཐོབ་ཆ།</translation>
        </message>
        <message>
            <location line="+59" />
            <location line="+221" />
            <source>New cooperative</source>
            <translation>མཉམ་ལས་ཁང་གསར་པ།</translation>
        </message>
        <message>
            <location line="-219" />
            <source>Save cooperative</source>
            <translation>མཉམ་ལས་ཁང་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+38" />
            <source>yes</source>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Unsaved changes</source>
            <translation>ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes to {0}?</source>
            <translation>{0} ལ་བྱས་པའི་བཟོ་བཅོས་དོར་རམ།</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The unit of a product with stock or sales cannot change.</source>
            <translation>མཛོད་ཉར་རམ་འཚོང་ཐོ་ཡོད་པའི་ཚོང་ཟོག་གི་ཚད་གཞི་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product {0}</source>
            <translation>ཚོང་ཟོག {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new product</source>
            <translation>ཚོང་ཟོག་གསར་པ།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New product: fill in every field, then Save.</source>
            <translation>ཚོང་ཟོག་གསར་པ། རེ་ཁག་ཚང་མ་བཀང་རྗེས་ཉར་ཚགས་གྱིས།</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+77" />
            <source>{0} added.</source>
            <translation>{0} ཁ་སྣོན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="-77" />
            <location line="+77" />
            <source>{0} saved.</source>
            <translation>{0} ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="-68" />
            <source>{0} deleted.</source>
            <translation>{0} སུབ་ཟིན།</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+69" />
            <source>Not saved: {0}</source>
            <translation>ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>Delete product</source>
            <translation>ཚོང་ཟོག་སུབ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete {0} for good?</source>
            <translation>{0} གཏན་དུ་སུབ་བམ།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not deleted: {0}</source>
            <translation>སུབ་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cooperative {0}</source>
            <translation>མཉམ་ལས་ཁང་ {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the new cooperative</source>
            <translation>མཉམ་ལས་ཁང་གསར་པ།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New cooperative: code and names in three scripts are required.</source>
            <translation>མཉམ་ལས་ཁང་གསར་པ། ཨང་རྟགས་དང་ཡི་གེ་རིགས་གསུམ་གྱི་མིང་ངེས་པར་དུ་དགོས།</translation>
        </message>
    </context>
    <context>
        <name>CategoriesSection</name>
        <message>
            <location line="-411" />
            <source>Code</source>
            <translation>ཨང་རྟགས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>དབྱིན་ཡིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>གོ་རིམ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add category</source>
            <translation>དབྱེ་རིགས་ཁ་སྣོན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save categories</source>
            <translation>དབྱེ་རིགས་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Row {0}: {1}</source>
            <translation>ཐིག་ཕྲེང་ {0}། {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Categories saved.</source>
            <translation>དབྱེ་རིགས་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>CloseShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="+135" />
            <source>Close shift — count the drawer</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ། — དངུལ་སྒམ་བགྲང་།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cash counted in the drawer</source>
            <translation>དངུལ་སྒམ་ནང་གི་དངུལ་དངོས་བགྲངས་པ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drawer</source>
            <translation>དངུལ་སྒམ།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Should hold</source>
            <translation>ཡོད་དགོས་པ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counted</source>
            <translation>བགྲངས་འབོར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Over / short</source>
            <translation>ལྷག / ཆད།</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Done</source>
            <translation>ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>No shift is open.</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shift {0} — opened {1} by {2} with a float of {3}; {4} sale(s), {5} refund(s).</source>
            <translation>ལས་རེས་ {0} — {1} ལ་ {2} ཡིས་ཁ་ཕྱེ། གྲབས་ཉར་དངུལ་ {3}། ཉོ་ཚོང་ཐེངས་ {4} དང་དངུལ་ཕྱིར་སློག་ཐེངས་ {5}།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Float {0}</source>
            <translation>གྲབས་ཉར་དངུལ། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ cash sales {0}</source>
            <translation>+ དངུལ་དངོས་ཐོག་གི་འཚོང་། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- cash refunds {0}</source>
            <translation>- དངུལ་དངོས་ཕྱིར་སློག {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>- cash out {0}</source>
            <translation>- དངུལ་དངོས་ཕྱིར་འདོན། {0}</translation>
        </message>
        <message>
            <location line="-1" />
            <source>+ cash in {0}</source>
            <translation>+ དངུལ་དངོས་ནང་འཇུག {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Net by method (check the card and QR slips)</source>
            <translation>དངུལ་སྤྲོད་ཐབས་ལྟར་གྱི་དངོས་འབབ། (ཁཱ་དང་ QR ཡི་འཛིན་ཤོག་ཞིབ་བཤེར་གྱིས།)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Close shift</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Close shift — Z report ({0})</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ། — Z སྙན་ཞུ། ({0})</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The shift is not closed yet: {0}. The counts are kept — try again.</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ་མ་ཐུབ། {0}། བགྲངས་འབོར་ཉར་ཡོད། — ཡང་བསྐྱར་ཚོད་ལྟ་གྱིས།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Z report {0}</source>
            <translation>Z སྙན་ཞུ། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} is closed.</source>
            <translation>ལས་རེས་ {0} མཇུག་སྒྲིལ་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Should hold {0}, counted {1}:</source>
            <translation>ཡོད་དགོས་པ་ {0}། བགྲངས་འབོར་ {1}།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Z report is stored and goes to the county office with the next sync.</source>
            <translation>Z སྙན་ཞུ་ཉར་ཚགས་བྱས་ཟིན། མཉམ་འགྲིག་རྗེས་མར་རྫོང་གི་ལས་ཁུངས་སུ་བསྐུར་རྒྱུ་ཡིན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It is printing now.</source>
            <translation>ད་ལྟ་པར་འདེབས་བཞིན་ཡོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up: the report is shown here only.</source>
            <translation>འཛིན་ཤོག་པར་ཆས་སྒྲིག་འགོད་བྱས་མེད། སྙན་ཞུ་འདིར་སྟོན་པ་ཙམ་ཡིན།</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPaymentDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="-66" />
            <source>Confirm the payment of {0}</source>
            <translation>{0} ཡི་དངུལ་སྤྲོད་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WeChat Pay</source>
            <translation>སྐད་འཕྲིན་དངུལ་སྤྲོད། WeChat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>Alipay དངུལ་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash</source>
            <translation>དངུལ་དངོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>ཁཱ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>transaction number (not needed for cash)</source>
            <translation>ཉོ་ཚོང་ཨང་། (དངུལ་དངོས་ལ་མི་དགོས།)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paid by</source>
            <translation>དངུལ་སྤྲོད་ཐབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>དཔྱད་གཞིའི་ཨང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>home delivery (postage from the postage table is added)</source>
            <translation>ཁྱིམ་དུ་སྐྱེལ་འདྲེན། (སྦྲག་གླའི་རེའུ་མིག་ལྟར་སྦྲག་གླ་སྣོན།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pick-up at the hall</source>
            <translation>ཚོང་ཁང་དུ་ལེན།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Payment received (Enter)</source>
            <translation>དངུལ་འབྱོར་ཟིན། (Enter)</translation>
        </message>
    </context>
    <context>
        <name>CountyTab</name>
        <message>
            <location filename="../ui/backoffice/county.py" line="+29" />
            <source>sale</source>
            <translation>ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refund</source>
            <translation>དངུལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>goods received</source>
            <translation>ཟོག་ལེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stock adjustment</source>
            <translation>མཛོད་གྲངས་སྙོམས་སྒྲིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stocktake</source>
            <translation>མཛོད་བཤེར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>settlement</source>
            <translation>རྩིས་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift opened</source>
            <translation>ལས་རེས་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cash in or out</source>
            <translation>དངུལ་དངོས་ནང་འཇུག་གམ་ཕྱིར་ལེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report</source>
            <translation>Z སྙན་ཞུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entry</source>
            <translation>ཞིབ་བཤེར་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sold before this till was enrolled. The county server is too old to take such sales: ask the county office to update it; they are sent at the next sync.</source>
            <translation>འདི་ནི་དངུལ་སྡུད་ས་འདི་ཐོ་འགོད་མ་བྱས་གོང་གི་ཉོ་ཚོང་ཡིན། རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་རྙིང་དྲགས་པས་ལེན་མི་ཐུབ། རྫོང་གི་ལས་ཁུངས་ལ་གསར་སྒྱུར་ཞུས། དེ་རྗེས་མཉམ་འགྲིག་རྗེས་མར་འགྲོ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold before this till was enrolled, under a code the county server did not take. Ask the county office for a new one-time code for this till and enrol again with it (below); they are sent at the next sync.</source>
            <translation>འདི་ནི་དངུལ་སྡུད་ས་འདི་ཐོ་འགོད་མ་བྱས་གོང་། རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཁས་མ་བླངས་པའི་ཨང་རྟགས་འོག་གི་ཉོ་ཚོང་ཡིན། རྫོང་གི་ལས་ཁུངས་ནས་དངུལ་སྡུད་ས་འདིའི་ཐེངས་གཅིག་སྤྱོད་ཨང་གསར་པ་ཞུས་ཏེ་དེས་ཡང་བསྐྱར་ཐོ་འགོད་བྱོས། (གཤམ་དུ།) དེ་རྗེས་མཉམ་འགྲིག་རྗེས་མར་འགྲོ།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Too large for the county server. Ask the county office to raise the server's size limit, then press Send again.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་ཆེ་དྲགས་འདུག རྫོང་གི་ལས་ཁུངས་ལ་ཚད་བཀག་མཐོ་རུ་གཏོང་དགོས་པ་ཞུས་རྗེས་ཡང་བསྐྱར་གཏོང་མནོན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server is older than this till. Ask the county office to update it, then press Send again.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ནི་དངུལ་སྡུད་ས་འདི་ལས་རྙིང་བ་རེད། རྫོང་གི་ལས་ཁུངས་ལ་གསར་སྒྱུར་ཞུས་རྗེས་ཡང་བསྐྱར་གཏོང་མནོན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server holds this record under another till. Tell the county office the receipt number and the reason shown; press Send again once they have fixed it.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཟིན་ཐོ་འདི་དངུལ་སྡུད་ས་གཞན་གྱི་འོག་ཉར་ཡོད། འཛིན་ཤོག་ཨང་དང་རྒྱུ་མཚན་རྫོང་གི་ལས་ཁུངས་ལ་བཤད། ཁོང་གིས་བཅོས་རྗེས་ཡང་བསྐྱར་གཏོང་མནོན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server refused this record. Tell the county office the reason shown; press Send again once they have fixed the cause.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཟིན་ཐོ་འདི་ཁས་མ་བླངས། རྒྱུ་མཚན་རྫོང་གི་ལས་ཁུངས་ལ་བཤད། རྒྱུ་རྐྱེན་བཅོས་རྗེས་ཡང་བསྐྱར་གཏོང་མནོན།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The county server cannot be reached. Check the network; nothing is lost — the records wait here and go with the next sync.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་བ་བྱེད་མི་ཐུབ། དྲ་རྒྱ་ཞིབ་བཤེར་བྱོས། ཅི་ཡང་མི་བརླག ཟིན་ཐོ་འདིར་སྒུག་ནས་མཉམ་འགྲིག་རྗེས་མར་འགྲོ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server's certificate cannot be checked. Ask the county office for their CA file and enrol again with it.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ལག་ཁྱེར་ཞིབ་བཤེར་བྱེད་མི་ཐུབ། རྫོང་གི་ལས་ཁུངས་ནས་ CA ཡིག་ཆ་ཞུས་ཏེ་དེས་ཡང་བསྐྱར་ཐོ་འགོད་བྱོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The county server no longer accepts this till. Ask the county office for a new one-time code and enrol again.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་དངུལ་སྡུད་ས་འདི་ད་ནས་ཁས་མི་ལེན། རྫོང་གི་ལས་ཁུངས་ནས་ཐེངས་གཅིག་སྤྱོད་ཨང་གསར་པ་ཞུས་ཏེ་ཡང་བསྐྱར་ཐོ་འགོད་བྱོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What answers at the saved address is not a Yarlung county server. Check the address with the county office and enrol again.</source>
            <translation>ཉར་བའི་ཁ་བྱང་ནས་ལན་འདེབས་མཁན་དེ་ཡར་ཀླུངས་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་མིན། རྫོང་གི་ལས་ཁུངས་དང་ཁ་བྱང་ཞིབ་བཤེར་བྱས་ཏེ་ཡང་བསྐྱར་ཐོ་འགོད་བྱོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+254" />
            <source>This till is not enrolled yet: enrol it first.</source>
            <translation>དངུལ་སྡུད་ས་འདི་ད་དུང་ཐོ་འགོད་བྱས་མེད། སྔོན་ལ་ཐོ་འགོད་བྱོས།</translation>
        </message>
        <message>
            <location line="-252" />
            <source>A sync is running already; wait for it to finish.</source>
            <translation>མཉམ་འགྲིག་བྱེད་བཞིན་ཡོད། མཇུག་རྫོགས་བར་སྒུག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sync did not finish: {0}</source>
            <translation>མཉམ་འགྲིག་མཇུག་མ་རྫོགས། {0}</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Enrolment and sync</source>
            <translation>ཐོ་འགོད་དང་མཉམ་འགྲིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County server</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Till code</source>
            <translation>དངུལ་སྡུད་སའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sync</source>
            <translation>མཉམ་འགྲིག་སྔ་མ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting to be sent</source>
            <translation>གཏོང་རྒྱུར་སྒུག་བཞིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set aside</source>
            <translation>ཟུར་དུ་བཞག་པ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync now</source>
            <translation>ད་ལྟ་མཉམ་འགྲིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export for USB…</source>
            <translation>USB ཆེད་ཕྱིར་འདོན…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No network for a long time? Write the records not yet sent into one file, for the county office to read from a USB stick.</source>
            <translation>དུས་ཡུན་རིང་པོར་དྲ་རྒྱ་མེད་དམ། མ་བཏང་བའི་ཟིན་ཐོ་ཡིག་ཆ་གཅིག་ཏུ་འབྲི་སྟེ་རྫོང་གི་ལས་ཁུངས་ཀྱིས་ USB ནས་ཀློག་ཆོག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the county's answer…</source>
            <translation>རྫོང་གི་ལན་ཀློག…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the answer file the county office wrote: the records it holds are marked sent.</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ཀྱིས་བྲིས་པའི་ལན་གྱི་ཡིག་ཆ་ཀློག ཁོང་ལ་ཡོད་པའི་ཟིན་ཐོར་བཏང་ཟིན་པའི་རྟགས་རྒྱག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync log (newest last)</source>
            <translation>མཉམ་འགྲིག་ཟིན་ཐོ། (གསར་ཤོས་མཇུག་ཏུ།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས་སུ་ཐོ་འགོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set-aside records</source>
            <translation>ཟུར་དུ་བཞག་པའི་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records the county server did not take (or this till held back). They are kept here, never lost, and do not hold up the others.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་མ་བླངས་པའི་ (ཡང་ན་དངུལ་སྡུད་ས་འདིས་བཀག་པའི་) ཟིན་ཐོ། དེ་དག་འདིར་ཉར་ཡོད། ནམ་ཡང་མི་བརླག གཞན་ལ་བར་ཆད་མི་བཟོ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record</source>
            <translation>ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receipt</source>
            <translation>འཛིན་ཤོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What you can do</source>
            <translation>ཁྱེད་ཀྱིས་བྱེད་ཐུབ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send again</source>
            <translation>ཡང་བསྐྱར་གཏོང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+59" />
            <source>Syncing with the county office…</source>
            <translation>རྫོང་གི་ལས་ཁུངས་དང་མཉམ་འགྲིག་བྱེད་བཞིན…</translation>
        </message>
        <message>
            <location line="-42" />
            <source>not enrolled</source>
            <translation>ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} (working alone, not enrolled)</source>
            <translation>{0} (རང་རྐྱ་ལས་ཀ ཐོ་འགོད་བྱས་མེད།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>never</source>
            <translation>ནམ་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no sync yet)</source>
            <translation>(ད་དུང་མཉམ་འགྲིག་བྱས་མེད།)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enrol again</source>
            <translation>ཡང་བསྐྱར་ཐོ་འགོད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Enrol</source>
            <translation>ཐོ་འགོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is enrolled. Enrol again only with a new one-time code from the county office (for example after the server moved).</source>
            <translation>དངུལ་སྡུད་ས་འདི་ཐོ་འགོད་བྱས་ཟིན། རྫོང་གི་ལས་ཁུངས་ནས་ཐེངས་གཅིག་སྤྱོད་ཨང་གསར་པ་ཐོབ་ན་མ་གཏོགས་ཡང་བསྐྱར་ཐོ་འགོད་མི་དགོས། (དཔེར་ན་ཞབས་ཞུ་འཕྲུལ་ཆས་སྤོས་རྗེས།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type the county server's address and the one-time code the county office gave you for this till.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་དང་རྫོང་གི་ལས་ཁུངས་ནས་དངུལ་སྡུད་ས་འདིར་སྤྲད་པའི་ཐེངས་གཅིག་སྤྱོད་ཨང་འབྲི།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing is set aside.</source>
            <translation>ཟུར་དུ་བཞག་པ་ཅི་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Synced: {0} sent, {1} set aside, {2} catalogue changes received, {3} waiting.</source>
            <translation>མཉམ་འགྲིག་བྱས་ཟིན། {0} བཏང་། {1} ཟུར་དུ་བཞག {2} དཀར་ཆག་གི་འགྱུར་བ་བླངས། {3} སྒུག་བཞིན།</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Records written: {0}, to {1}. Take the file to the county office; the records stay waiting here until the county's answer is read.</source>
            <translation>བྲིས་པའི་ཟིན་ཐོ། {0} ཡུལ། {1} ཡིག་ཆ་རྫོང་གི་ལས་ཁུངས་སུ་ཁྱེར། རྫོང་གི་ལན་མ་ཀློག་བར་ཟིན་ཐོ་འདིར་སྒུག་བཞིན་ཡོད།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The county holds them: {0} now marked sent, {1} set aside; {2} waiting.</source>
            <translation>རྫོང་ལ་ཡོད། {0} ལ་བཏང་ཟིན་པའི་རྟགས་བརྒྱབ། {1} ཟུར་དུ་བཞག {2} སྒུག་བཞིན།</translation>
        </message>
        <message>
            <location line="-67" />
            <source>Back in the queue: {0}. They go with the next sync.</source>
            <translation>རིམ་པར་ཕྱིར་བཞག་པ། {0} མཉམ་འགྲིག་རྗེས་མར་འགྲོ།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The file cannot be used: {0}</source>
            <translation>ཡིག་ཆ་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This answer is for another till. Nothing was changed.</source>
            <translation>ལན་འདི་དངུལ་སྡུད་ས་གཞན་ཞིག་གི་ཡིན། ཅི་ཡང་བསྒྱུར་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This is not the county's answer file (it may be this till's own export). Nothing was changed.</source>
            <translation>འདི་རྫོང་གི་ལན་གྱི་ཡིག་ཆ་མིན། (དངུལ་སྡུད་ས་འདི་རང་གི་ཕྱིར་འདོན་ཡིན་སྲིད།) ཅི་ཡང་བསྒྱུར་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file was altered, or it is not this till's. Nothing was changed: ask the county office to write it again.</source>
            <translation>ཡིག་ཆ་འདི་བཟོ་བཅོས་བྱས་ཡོད་པའམ་དངུལ་སྡུད་ས་འདིའི་མིན། ཅི་ཡང་བསྒྱུར་མེད། རྫོང་གི་ལས་ཁུངས་ལ་ཡང་བསྐྱར་འབྲི་རུ་ཞུ།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export for USB</source>
            <translation>USB ཆེད་ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand-over files (*.yhand);;All files (*)</source>
            <translation>སྤྲོད་ལེན་ཡིག་ཆ། (*.yhand);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Read the county's answer</source>
            <translation>རྫོང་གི་ལན་ཀློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County answers (*.acks *.yhand);;All files (*)</source>
            <translation>རྫོང་གི་ལན། (*.acks *.yhand);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
    </context>
    <context>
        <name>DeliveriesWindow</name>
        <message>
            <location filename="../ui/delivery/window.py" line="+74" />
            <source>Deliveries</source>
            <extracomment>how far back the date range starts when the screen opens (days)</extracomment>
            <translation>སྐྱེལ་འདྲེན།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Name, phone, delivery or tracking number (scan the waybill)</source>
            <translation>མིང་། ཁ་པར། སྐྱེལ་ཨང་ངམ་སྦྲག་རྫས་ཨང་གྲངས། (སྦྲག་འཛིན་ལ་བཤེར་འབེབས།)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Pack (F2)</source>
            <translation>ཐུམ་རྒྱག (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over… (F3)</source>
            <translation>སྦྲག་ཁང་ལ་སྤྲོད།… (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivered (F4)</source>
            <translation>སྐྱེལ་ཟིན། (F4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Came back… (F5)</source>
            <translation>ཕྱིར་ལོག་བྱུང་།… (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show personal data (F6)</source>
            <translation>མི་སྒེར་གྱི་གནས་ཚུལ་སྟོན། (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hand over a batch… (F7)</source>
            <translation>ཚན་པ་གཅིག་སྤྲོད།… (F7)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>Online orders… (F8)</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ།… (F8)</translation>
        </message>
        <message>
            <location line="-94" />
            <source>Print… (Ctrl+P)</source>
            <translation>པར་རྒྱག… (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Close (Esc)</source>
            <translation>སྒོ་རྒྱག (Esc)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>From</source>
            <translation>ནས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>བར།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Packing slips (A5 PDF) for the selected</source>
            <translation>བདམས་པ་རྣམས་ཀྱི་ཐུམ་སྒྲིལ་ཐོ། (A5 PDF)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slips (A5 PDF) for everything to pack</source>
            <translation>ཐུམ་རྒྱག་དགོས་པ་ཚང་མའི་ཐུམ་སྒྲིལ་ཐོ། (A5 PDF)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for the selected</source>
            <translation>བདམས་པ་རྣམས་ཀྱི་སྐྱེལ་འདྲེན་བྱང་བུ། 100 × 150 mm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 150 mm for everything to pack</source>
            <translation>ཐུམ་རྒྱག་དགོས་པ་ཚང་མའི་སྐྱེལ་འདྲེན་བྱང་བུ། 100 × 150 mm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for the selected</source>
            <translation>བདམས་པ་རྣམས་ཀྱི་སྐྱེལ་འདྲེན་བྱང་བུ། 100 × 180 mm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shipping labels 100 × 180 mm for everything to pack</source>
            <translation>ཐུམ་རྒྱག་དགོས་པ་ཚང་མའི་སྐྱེལ་འདྲེན་བྱང་བུ། 100 × 180 mm</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packing slip of the selected on the receipt printer</source>
            <translation>བདམས་པའི་ཐུམ་སྒྲིལ་ཐོ་ཤོག་བྱང་པར་ཆས་ནས་པར་རྒྱག</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Online orders: {0} awaiting payment… (F8)</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ། དངུལ་སྤྲོད་ལ་སྒུག་པ་ {0}… (F8)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All ({0})</source>
            <translation>ཚང་མ། ({0})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Number</source>
            <translation>ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Recipient</source>
            <translation>ལེན་མཁན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>རྫོང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ordered</source>
            <translation>བཞེས་ཐོ་ལམ་ཀ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tracking</source>
            <translation>སྦྲག་རྫས་ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+55" />
            <source>No delivery matches {0}.</source>
            <translation>{0} དང་མཐུན་པའི་སྐྱེལ་འདྲེན་མི་འདུག</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{0} deliveries selected.</source>
            <translation>སྐྱེལ་འདྲེན་ {0} བདམས་ཟིན།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{0} · sale {1} · {2}</source>
            <translation>{0} · འཚོང་ཐོ། {1} · {2}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipient: {0}   Phone: {1}</source>
            <translation>ལེན་མཁན། {0}   ཁ་པར། {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address: {0}</source>
            <translation>ཁ་བྱང་། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliver on: {0}   Ordered: {1} {2}</source>
            <translation>སྐྱེལ་ཚེས། {0}   བཞེས་ཐོ། {1} {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>postage {0} ({1})</source>
            <translation>སྦྲག་གླ། {0} ({1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} kg</source>
            <translation>སྤྱི་ཚད་ {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>paid at the post office {0}</source>
            <translation>སྦྲག་ཁང་དུ་སྤྲད་པ། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel: {0}</source>
            <translation>ཐུམ་སྒྲིལ། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note: {0}</source>
            <translation>མཆན། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The phone number and the address are partly hidden (F6 shows them, a manager approves).</source>
            <translation>ཁ་པར་ཨང་གྲངས་དང་ཁ་བྱང་ཆ་ཤས་སྦས་ཡོད། (F6 ཡིས་སྟོན། དོ་དམ་པས་ཆོག་མཆན་སྤྲོད།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Goods:</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>History:</source>
            <translation>ལོ་རྒྱུས།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select one delivery first (arrow keys).</source>
            <translation>སྔོན་ལ་སྐྱེལ་འདྲེན་གཅིག་འདེམས། (མདའ་རྟགས་མཐེབ།)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a delivery first (arrow keys).</source>
            <translation>སྔོན་ལ་སྐྱེལ་འདྲེན་ཞིག་འདེམས། (མདའ་རྟགས་མཐེབ།)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>Packed: {0}.</source>
            <translation>ཐུམ་རྒྱག་ཟིན། {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} delivered.</source>
            <translation>{0} སྐྱེལ་ཟིན།</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0} handed over.</source>
            <translation>{0} སྦྲག་ཁང་ལ་སྤྲད་ཟིན།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0} taken back: refund {1}, {2} back.</source>
            <translation>{0} ཕྱིར་བླངས་ཟིན། ཕྱིར་སློག {1}། {2} ཕྱིར་སྤྲད།</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Show the phone number and address of {0}.</source>
            <translation>{0} ཡི་ཁ་པར་ཨང་གྲངས་དང་ཁ་བྱང་སྟོན།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>There is nothing to print: select deliveries, or there is nothing to pack.</source>
            <translation>པར་རྒྱག་རྒྱུ་མི་འདུག སྐྱེལ་འདྲེན་འདེམས་རོགས། ཡང་ན་ཐུམ་རྒྱག་དགོས་པ་མི་འདུག</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save the PDF</source>
            <translation>PDF ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Saved {0} ({1} pages).</source>
            <translation>{0} ཉར་ཟིན། (ཤོག་ངོས་ {1})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF saved</source>
            <translation>PDF ཉར་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {0}. Open it now to print it?</source>
            <translation>{0} ཉར་ཟིན། ད་ལྟ་ཁ་ཕྱེ་ནས་པར་རྒྱག་གམ།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Printing the packing slip of {0}.</source>
            <translation>{0} ཡི་ཐུམ་སྒྲིལ་ཐོ་པར་རྒྱག་བཞིན་ཡོད།</translation>
        </message>
    </context>
    <context>
        <name>DeliveryDialog</name>
        <message>
            <location filename="../ui/delivery/dialog.py" line="+48" />
            <source>Delivery order</source>
            <extracomment>the form's fields in Tab order (their error lines are ``&lt;key&gt;Error``)</extracomment>
            <translation>སྐྱེལ་འདྲེན་བཞེས་ཐོ།</translation>
        </message>
        <message>
            <location line="+20" />
            <source>optional</source>
            <extracomment>set by the till: a manager's approval of the sale's discounts, and the refusal of the service when the payment could not create the delivery (shown when reopened)</extracomment>
            <translation>འདོད་རྒྱལ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mobile 13812345678 or 0893-7831234</source>
            <translation>ལག་ཁྱེར་ཁ་པར་ 13812345678 ཡང་ན་ 0893-7831234</translation>
        </message>
        <message>
            <location line="+10" />
            <source>village, or street and house number</source>
            <translation>གྲོང་ཚོ། ཡང་ན་ལམ་ཕྲན་དང་ཁང་ཨང་།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>optional, e.g. 1.5</source>
            <translation>འདོད་རྒྱལ། དཔེར་ན། 1.5</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recipient and address</source>
            <translation>ལེན་མཁན་དང་ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recipient's name</source>
            <translation>ལེན་མཁན་གྱི་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name in Tibetan</source>
            <translation>བོད་ཡིག་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>ཁ་པར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province</source>
            <translation>ཞིང་ཆེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prefecture or city</source>
            <translation>ས་ཁུལ་ལམ་གྲོང་ཁྱེར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>County</source>
            <translation>རྫོང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Township</source>
            <translation>ཤང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Village or street</source>
            <translation>གྲོང་ཚོ་འམ་ལམ་ཕྲན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>བཞེས་ཐོ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deliver on</source>
            <translation>སྐྱེལ་ཚེས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ordered</source>
            <translation>བཞེས་ཐོ་ལམ་ཀ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order number there</source>
            <translation>དེ་གའི་བཞེས་ཐོ་ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་ལྗིད་ཚད། (སྤྱི་ཚད།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage</source>
            <translation>སྦྲག་གླ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Take payment (Ctrl+Enter)</source>
            <translation>དངུལ་བསྡུ། (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back to sale (Esc)</source>
            <translation>ཚོང་ལ་ཕྱིར་ལོག (Esc)</translation>
        </message>
        <message>
            <location line="+116" />
            <source>— (weight?)</source>
            <translation>— (ལྗིད་ཚད།)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods {0} + postage {1}: to pay {2}</source>
            <translation>ཚོང་ཟོག་ {0} + སྦྲག་གླ་ {1}། སྤྲོད་དགོས་པ། {2}</translation>
        </message>
        <message>
            <location line="+64" />
            <source>The postage could not be worked out: {0}</source>
            <translation>སྦྲག་གླ་རྩིས་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check the address and the weight.</source>
            <translation>ཁ་བྱང་དང་ལྗིད་ཚད་ལ་ཞིབ་བཤེར་གནང་།</translation>
        </message>
    </context>
    <context>
        <name>DeliveryRulesTab</name>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="+101" />
            <source>Postage is charged on a delivery's sale by the parcel's weight and where it goes. Changing these rules needs a manager; every change is in the audit log.</source>
            <translation>སྦྲག་གླ་ནི་ཐུམ་སྒྲིལ་གྱི་ལྗིད་ཚད་དང་སྐྱེལ་ས་ལྟར་སྐྱེལ་འདྲེན་གྱི་འཚོང་ཐོ་ཐོག་རྩིས་ལེན་བྱེད། སྒྲིག་སྲོལ་འདི་དག་བསྒྱུར་ན་དོ་དམ་པ་དགོས། བསྒྱུར་བཅོས་རེ་རེ་རྩིས་ཐོ་ནང་འགོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Postage (￥)</source>
            <translation>སྦྲག་གླ། (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recipients and sender</source>
            <translation>ལེན་མཁན་དང་སྐུར་མཁན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to (kg)</source>
            <translation>བར་དུ། (སྤྱི་ཚད།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a weight band</source>
            <translation>ལྗིད་ཚད་ཚན་པ་གསར་སྣོན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected band</source>
            <translation>བདམས་པའི་ཚན་པ་སུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Erase phone and address after (days)</source>
            <translation>ཉིན་འདི་ཙམ་རྗེས་ཁ་པར་དང་ཁ་བྱང་སུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage of a returned parcel</source>
            <translation>ཕྱིར་ལོག་ཐུམ་སྒྲིལ་གྱི་སྦྲག་གླ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sender's address (Chinese)</source>
            <translation>སྐུར་མཁན་གྱི་ཁ་བྱང་། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sender's phone</source>
            <translation>སྐུར་མཁན་གྱི་ཁ་པར།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>kept (the post office was paid)</source>
            <translation>ཕྱིར་མི་སློག (སྦྲག་ཁང་ལ་སྤྲད་ཟིན།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refunded to the customer</source>
            <translation>ཉོ་མཁན་ལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>བསྒྱུར་བཅོས་ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>each further</source>
            <translation>དེ་ལས་མང་བ་རེ་རེར།</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Delivery rules saved.</source>
            <translation>སྐྱེལ་འདྲེན་གྱི་སྒྲིག་སྲོལ་ཉར་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>DenominationCounter</name>
        <message>
            <location filename="../ui/shift_dialogs/counting.py" line="+33" />
            <source>Note / coin</source>
            <extracomment>the largest count of one note or coin (the service refuses more than 100,000)</extracomment>
            <translation>ཤོག་དངུལ། / ལྕགས་དངུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>རིན་ཐང་།</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <location filename="../ui/discount_dialog.py" line="+42" />
            <source>Discount on the line</source>
            <translation>ཚོང་ཟོག་འདིའི་རིན་ཆག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discount on the whole sale</source>
            <translation>ཉོ་ཚོང་ཧྲིལ་པོའི་རིན་ཆག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} × {1} = {2}</source>
            <translation>{0} × {1} = {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole sale: {0} lines, {1} before this discount</source>
            <translation>ཉོ་ཚོང་ཧྲིལ་པོ། ཐིག་ཕྲེང་ {0}། རིན་ཆག་འདིའི་སྔོན་ {1}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Percent off</source>
            <translation>བརྒྱ་ཆའི་རིན་ཆག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount off (￥)</source>
            <translation>རིན་ཆག་དངུལ་འབོར། (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New unit price (￥)</source>
            <translation>རིན་གོང་གསར་པ། (￥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No discount</source>
            <translation>རིན་ཆག་མེད།</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A manager approves discounts above {0} % or {1}, and every price change.</source>
            <translation>རིན་ཆག་བརྒྱ་ཆ་ {0} ལས་བརྒལ་བའམ་ {1} ལས་བརྒལ་བ་དང་། རིན་གོང་བསྒྱུར་བ་ཚང་མར་དོ་དམ་པའི་ཆོག་མཆན་དགོས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Apply (Enter)</source>
            <translation>ལག་བསྟར། (Enter)</translation>
        </message>
        <message>
            <location line="+109" />
            <source>New line total {0}</source>
            <translation>ཐིག་ཕྲེང་འདིའི་བསྡོམས་གསར་པ། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} off — {1} instead of {2}</source>
            <translation>{0} རིན་ཆག — {2} ཚབ་ཏུ་ {1}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The discount is removed.</source>
            <translation>རིན་ཆག་མེད་པར་བཟོས་ཟིན།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A manager must approve this.</source>
            <translation>འདིར་དོ་དམ་པའི་ཆོག་མཆན་དགོས།</translation>
        </message>
    </context>
    <context>
        <name>DomainError</name>
        <message>
            <location filename="../domain/model.py" line="+24" />
            <source>piece</source>
            <extracomment>Unit codes a product may be sold in. Only weighed units take fractional quantities. the English name of each unit code, marked so messages show it in the screen's language (an error's ``unit`` parameter holds the code, translated as a ``translated_params`` text)</extracomment>
            <translation>ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bottle</source>
            <translation>ཤེལ་དམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>སྤྱི་རྒྱ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>ཁོག་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>ཁུག་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>སྒམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>ཐུམ།</translation>
        </message>
        <message>
            <location line="+92" />
            <source>This is not a quantity: {text}</source>
            <extracomment>Most change a sale may give (fen). A larger surplus is a mistyped or scanned amount.</extracomment>
            <translation>འདི་གྲངས་འབོར་མིན། {text}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be above zero: {text}</source>
            <translation>གྲངས་འབོར་ཀླད་ཀོར་ལས་མང་བ་དགོས། {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <source>The quantity is too large: {qty}</source>
            <extracomment>the line's own discount (``yarlung_pos.domain.pricing.Discount``) or ``None`` the catalogue price when a manager overrode ``unit_price_fen``; ``None`` otherwise (discount fen, gross fen) of the line when a manager approved its discount: the approval covers at most that discount at that rate (see ``pricing.approval_needed``) login name of the manager who approved the line's discount or price override (all discounts fen, gross fen) of the sale when a manager approved its discounts login name of the manager who approved the sale's discounts as they stood then</extracomment>
            <translation>གྲངས་འབོར་མང་དྲགས། {qty}</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Sold by the {unit}: at most 3 decimals, not {qty}.</source>
            <translation>{unit} ལྟར་འཚོང་། ཚག་རྗེས་ཨང་གྲངས་གསུམ་ལས་མི་ཆོག {qty} མི་ཆོག</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sold by the {unit}: whole numbers only, not {qty}.</source>
            <translation>{unit} ལྟར་འཚོང་། ཨང་གྲངས་ཆ་ཚང་ཁོ་ན། {qty} མི་ཆོག</translation>
        </message>
        <message>
            <location line="+75" />
            <source>quantity must be above zero — press Delete to remove the line</source>
            <translation>གྲངས་འབོར་ཀླད་ཀོར་ལས་མང་དགོས། — ཐིག་ཕྲེང་སུབ་ན་ Delete མནོན།</translation>
        </message>
        <message>
            <location line="+105" />
            <source>nothing to pay</source>
            <translation>སྤྲོད་རྒྱུའི་དངུལ་མེད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a payment must be above zero</source>
            <translation>དངུལ་སྤྲོད་ཀླད་ཀོར་ལས་མང་དགོས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>card and QR payments cannot exceed the amount due</source>
            <translation>ཁཱ་དང་ QR ཐོག་གི་དངུལ་སྤྲོད་སྤྲོད་དགོས་པའི་དངུལ་ལས་བརྒལ་མི་ཆོག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{amount} is still due.</source>
            <translation>ད་དུང་ {amount} སྤྲོད་དགོས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The change of {change} is more than a sale can give (at most {limit}) — check the amount tendered.</source>
            <translation>ཕྱིར་སློག་དངུལ་ {change} ནི་ཉོ་ཚོང་གཅིག་གིས་སྤྲོད་ཐུབ་པ་ལས་མང་། (མང་མཐའ་ {limit}) — བླངས་པའི་དངུལ་འབོར་ཞིབ་བཤེར་གྱིས།</translation>
        </message>
        <message>
            <location line="-2" />
            <source>change can only be given from cash</source>
            <translation>ལྷག་མ་ཕྱིར་སྤྲོད་དངུལ་དངོས་ཁོ་ནས་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location filename="../domain/pricing.py" line="+63" />
            <source>not a percentage: {text}</source>
            <translation>བརྒྱ་ཆ་མ་རེད། {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a percentage must be above 0 and at most 100, with at most 2 decimals: {text}</source>
            <translation>བརྒྱ་ཆ་ནི་ 0 ལས་མང་བ་དང་ 100 ལས་མི་བརྒལ་བ། ཚེག་རྗེས་གྲངས་ཀ་ 2 ལས་མང་མི་ཆོག {text}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a discount amount must be above zero</source>
            <translation>རིན་ཆག་དངུལ་འབོར་ཀླད་ཀོར་ལས་མང་དགོས།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A discount of {fen} is more than the {base} it applies to.</source>
            <translation>ཆག་ཡང་ {fen} ནི་དེ་ནུས་པ་ཐོན་སའི་ {base} ལས་མང་།</translation>
        </message>
        <message>
            <location filename="../domain/scan.py" line="+63" />
            <source>nothing scanned</source>
            <extracomment>False for an 8/12/13-digit code whose GS1 check digit is wrong: a misread barcode, unless a product has exactly this SKU</extracomment>
            <translation>བཤེར་བ་གང་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not a product label: {code}</source>
            <translation>ཚོང་ཟོག་གི་བྱང་བུ་མ་རེད། {code}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+292" />
            <source>the Tibetan name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>བོད་ཡིག་མིང་མེད། (ཚན་རེ་རེར་བོད་ཡིག་དང་རྒྱ་ཡིག དབྱིན་ཡིག་གི་མིང་དགོས།)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the Tibetan name has no Tibetan letters: {text}</source>
            <translation>བོད་ཡིག་མིང་ནང་བོད་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location line="-6" />
            <source>the Chinese name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>རྒྱ་ཡིག་མིང་མེད། (ཚན་རེ་རེར་བོད་ཡིག་དང་རྒྱ་ཡིག དབྱིན་ཡིག་གི་མིང་དགོས།)</translation>
        </message>
        <message>
            <location line="-205" />
            <source>{what} must be text, not {text}</source>
            <translation>{what} ནི་ཡི་གེ་ཡིན་དགོས། {text} མིན།</translation>
        </message>
        <message>
            <location line="+58" />
            <source>unknown category {code}: there are no categories yet (import them first)</source>
            <translation>དབྱེ་རིགས་ {code} ངོས་མི་ཟིན། ད་དུང་དབྱེ་རིགས་གང་ཡང་མེད། (སྔོན་ལ་ནང་འདྲེན་བྱོས།)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown category {code} (known: {known})</source>
            <translation>དབྱེ་རིགས་ {code} ངོས་མི་ཟིན། (ཡོད་པ། {known})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown cooperative {code}: there are no cooperatives yet (import them first)</source>
            <translation>མཉམ་ལས་ཁང་ {code} ངོས་མི་ཟིན། ད་དུང་མཉམ་ལས་ཁང་གང་ཡང་མེད། (སྔོན་ལ་ནང་འདྲེན་བྱོས།)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>a barcode is 8, 12 or 13 digits (EAN-8, UPC-A, EAN-13): {code}</source>
            <translation>ཐིག་ཨང་ནི་ཨང་ཀི་ 8 དང་ 12 ཡང་ན་ 13 ཡིན་དགོས། (EAN-8, UPC-A, EAN-13) {code}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>unknown unit {unit} (one of: {units})</source>
            <translation>ཚད་གཞི་ {unit} ངོས་མི་ཟིན། ({units} ནང་ནས་གཅིག)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} must be a number, not {text}</source>
            <translation>{what} ནི་གྲངས་ཀ་ཡིན་དགོས། {text} མིན།</translation>
        </message>
        <message>
            <location line="+22" />
            <source>a price is a whole number of fen (digits 0–9): {text}</source>
            <translation>རིན་གོང་ནི་སྐར་མའི་གྲངས་ཧྲིལ་ཡིན་དགོས། (ཨང་ཀི་ 0–9) {text}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>the sort order is a whole number (digits 0–9, at most 9 of them): {text}</source>
            <translation>གོ་རིམ་ནི་གྲངས་ཧྲིལ་ཡིན་དགོས། (ཨང་ཀི་ 0–9 ནང་ནས་ 9 ལས་མི་མང་བ།) {text}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>active is 1 or 0 (yes/no): {text}</source>
            <translation>འཚོང་བཞིན་ནི་ 1 ཡང་ན་ 0 ཡིན་དགོས། (yes/no) {text}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>the Chinese name has no Chinese characters: {text}</source>
            <translation>རྒྱ་ཡིག་མིང་ནང་རྒྱ་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location line="-5" />
            <source>the English name is missing (every entry needs Tibetan, Chinese and English names)</source>
            <translation>དབྱིན་ཡིག་མིང་མེད། (ཚན་རེ་རེར་བོད་ཡིག་དང་རྒྱ་ཡིག དབྱིན་ཡིག་གི་མིང་དགོས།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the English name has no Latin letters: {text}</source>
            <translation>དབྱིན་ཡིག་མིང་ནང་ལ་ཏིན་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the Chinese town has no Chinese characters: {text}</source>
            <translation>གྲོང་རྡལ་གྱི་རྒྱ་ཡིག་མིང་ནང་རྒྱ་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the English town has no Latin letters: {text}</source>
            <translation>གྲོང་རྡལ་གྱི་དབྱིན་ཡིག་མིང་ནང་ལ་ཏིན་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>a name has a letter of another script ({char}): {text}</source>
            <translation>མིང་ནང་ཡི་གེ་རིགས་གཞན་གྱི་ཡིག་འབྲུ་ཡོད། ({char}) {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a vowel sign or subjoined letter must follow a Tibetan letter: {text}</source>
            <translation>དབྱངས་རྟགས་སམ་བཏགས་ཡིག་ནི་བོད་ཡིག་གི་གསལ་བྱེད་རྗེས་སུ་ཡོད་དགོས། {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a name has digits of another script ({char}): {text}</source>
            <translation>མིང་ནང་ཡི་གེ་རིགས་གཞན་གྱི་ཨང་ཀི་ཡོད། ({char}) {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a control or invisible character ({char}): {text}</source>
            <translation>མིང་ནང་ཚོད་འཛིན་ཡིག་རྟགས་སམ་མི་མངོན་པའི་ཡིག་རྟགས་ཡོད། ({char}) {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a name has a character the till cannot show ({char}): {text}</source>
            <translation>མིང་ནང་དངུལ་སྡུད་མ་ལག་གིས་སྟོན་མི་ཐུབ་པའི་ཡིག་རྟགས་ཡོད། ({char}) {text}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>a name is longer than 200 characters</source>
            <translation>མིང་ཡིག་འབྲུ་ 200 ལས་རིང་།</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+112" />
            <source>the commission must be a percentage, not {text}</source>
            <translation>ཐོབ་ཆ་ནི་བརྒྱ་ཆ་ཡིན་དགོས། {text} མིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the commission cannot be above 100 %: {text}</source>
            <translation>ཐོབ་ཆ་བརྒྱ་ཆ་ 100 ལས་བརྒལ་མི་ཆོག {text}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>at most two decimals in a percentage: {text}</source>
            <translation>བརྒྱ་ཆར་ཚེག་རྗེས་གྲངས་ཀ་གཉིས་ལས་མང་མི་ཆོག {text}</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-140" />
            <source>the price must be above zero and at most ￥1,000,000</source>
            <translation>རིན་གོང་ཀླད་ཀོར་ལས་མང་བ་དང་ ￥1,000,000 ལས་མི་བརྒལ་བ་དགོས།</translation>
        </message>
        <message>
            <location line="-36" />
            <source>not a valid EAN-13/EAN-8/UPC-A barcode (check digit): {code}</source>
            <translation>EAN-13/EAN-8/UPC-A ཐིག་ཨང་ཚད་ལྡན་མ་རེད། (ཞིབ་བཤེར་ཨང་ནོར་འདུག) {code}</translation>
        </message>
        <message>
            <location line="-57" />
            <source>an SKU is 1–64 letters, digits, '.', '-' or '_': {sku}</source>
            <translation>ཟོག་ཨང་ནི་དབྱིན་ཡིག་དང་ཨང་ཀི། '.' '-' '_' བཅས་ཡིག་འབྲུ་ 1–64 ཡིན་དགོས། {sku}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+62" />
            <source>there is already a product {sku}</source>
            <translation>ཚོང་ཟོག་ {sku} སྔོན་ནས་ཡོད།</translation>
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
            <translation>ཟོག་ཨང་ {sku} ངོས་མི་ཟིན།</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="+93" />
            <source>unknown category {code}</source>
            <translation>དབྱེ་རིགས་ {code} ངོས་མི་ཟིན།</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+43" />
            <location filename="../services/backoffice.py" line="+25" />
            <location filename="../services/inventory.py" line="-49" />
            <location filename="../services/settlement.py" line="+96" />
            <source>unknown cooperative {code}</source>
            <translation>མཉམ་ལས་ཁང་ {code} ངོས་མི་ཟིན།</translation>
        </message>
        <message>
            <location line="+21" />
            <source>barcode {code} already belongs to {sku}</source>
            <translation>ཐིག་ཨང་ {code} ནི་སྔོན་ནས་ {sku} ཡི་ཡིན།</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="-59" />
            <source>the unit of {sku} cannot change: it has stock moves or sales (make a new product)</source>
            <translation>{sku} ཡི་ཚད་གཞི་བསྒྱུར་མི་ཆོག མཛོད་ཉར་འགྱུར་ལྡོག་གམ་འཚོང་ཐོ་ཡོད། (ཚོང་ཟོག་གསར་པ་ཞིག་བཟོས།)</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{sku} was sold and cannot be deleted — untick “Active” to stop selling it</source>
            <translation>{sku} བཙོངས་ཟིན་པས་སུབ་མི་ཆོག — འཚོང་མཚམས་འཇོག་ན་“འཚོང་བཞིན།” གྱི་རྟགས་ཕྱིར་འཐེན་གྱིས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{sku} has stock history and cannot be deleted — untick “Active” instead</source>
            <translation>{sku} ལ་མཛོད་ཉར་ལོ་རྒྱུས་ཡོད་པས་སུབ་མི་ཆོག — དེའི་ཚབ་ཏུ་“འཚོང་བཞིན།” གྱི་རྟགས་ཕྱིར་འཐེན་གྱིས།</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+124" />
            <source>the Tibetan town has no Tibetan letters: {text}</source>
            <translation>གྲོང་རྡལ་གྱི་བོད་ཡིག་མིང་ནང་བོད་ཡིག་མེད། {text}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+27" />
            <source>the commission must be 0–100 %</source>
            <translation>ཐོབ་ཆ་བརྒྱ་ཆ་ 0–100 ཡི་བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="-170" />
            <source>a code is 1–32 letters, digits, '-' or '_': {code}</source>
            <translation>ཨང་རྟགས་ནི་དབྱིན་ཡིག་དང་ཨང་ཀི། '-' '_' བཅས་ཡིག་འབྲུ་ 1–32 ཡིན་དགོས། {code}</translation>
        </message>
        <message>
            <location filename="../services/backoffice.py" line="+4" />
            <source>there is already a cooperative {code}</source>
            <translation>མཉམ་ལས་ཁང་ {code} སྔོན་ནས་ཡོད།</translation>
        </message>
        <message>
            <location filename="../services/catalogue.py" line="+45" />
            <source>barcode {code} has a wrong check digit — scan it again</source>
            <translation>ཐིག་ཨང་ {code} ཡི་ཞིབ་བཤེར་ཨང་ནོར་འདུག — ཡང་བསྐྱར་བཤེར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no product with code {code}</source>
            <translation>ཨང་རྟགས་ {code} ཅན་གྱི་ཚོང་ཟོག་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{sku} ({name}) is not sold any more</source>
            <translation>{sku} ({name}) ད་ནས་འཚོང་མཚམས་བཞག་ཟིན།</translation>
        </message>
        <message>
            <location filename="../services/inventory.py" line="-15" />
            <source>expected SKU:QUANTITY, not {text}</source>
            <translation>ཟོག་ཨང་:གྲངས་འབོར་ ཞེས་འབྲི་དགོས། {text} མིན།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a goods receipt needs at least one line</source>
            <translation>ཟོག་ལེན་ཐོ་ལ་ཉུང་མཐར་ཐིག་ཕྲེང་གཅིག་དགོས།</translation>
        </message>
        <message>
            <location line="+27" />
            <source>the note is longer than 500 characters</source>
            <translation>མཆན་ཡིག་འབྲུ་ 500 ལས་རིང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an adjustment needs a reason: damaged, spoiled, sample, gift or correction</source>
            <translation>གྲངས་བཅོས་ལ་རྒྱུ་མཚན་དགོས། ཆག་སྐྱོན། རུལ་བ། དཔེ་མཚོན། སྐྱེས་ཆ། ཡང་ན་ནོར་བཅོས།</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no stocktake {number}</source>
            <translation>ཞིབ་བགྲང་ {number} མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>stocktake {number} is already confirmed</source>
            <translation>ཞིབ་བགྲང་ {number} སྔོན་ནས་གཏན་འཁེལ་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{sku} is not on stocktake {number}</source>
            <translation>{sku} ཞིབ་བགྲང་ {number} ནང་མི་འདུག</translation>
        </message>
        <message>
            <location filename="../services/parked.py" line="+49" />
            <location filename="../services/sales.py" line="+122" />
            <source>the sale has no lines</source>
            <extracomment>the first line's names (bo, zh, en), for showing it in the screen's language</extracomment>
            <translation>ཉོ་ཚོང་འདིར་ཚོང་ཟོག་མེད།</translation>
        </message>
        <message>
            <location line="+33" />
            <source>that parked sale was recalled already</source>
            <translation>གནས་སྐབས་བཞག་པའི་ཉོ་ཚོང་དེ་སྔོན་ནས་ཕྱིར་བླངས་ཟིན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the parked sale cannot be read: {reason}</source>
            <translation>གནས་སྐབས་བཞག་པའི་ཉོ་ཚོང་ཀློག་མི་ཐུབ། {reason}</translation>
        </message>
        <message>
            <location filename="../services/policy.py" line="+41" />
            <source>cash rounding must be none, drop_fen or nearest_jiao</source>
            <translation>ཕྲན་དངུལ་སྒྲིལ་ཐབས་ནི་ none དང་ drop_fen ཡང་ན་ nearest_jiao ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+16" />
            <source>the discount limit must be 0 to 100 %</source>
            <translation>རིན་ཆག་གི་ཚད་བརྒྱ་ཆ་ 0 ནས་ 100 བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="-14" />
            <location line="+18" />
            <source>the discount amount limit must be ￥0 or more</source>
            <translation>རིན་ཆག་དངུལ་འབོར་གྱི་ཚད་ ￥0 དང་དེ་ལས་མང་བ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+19" />
            <source>the idle lock must be 0 (never) to 240 minutes</source>
            <translation>བེད་མེད་ཟྭ་རྒྱག་དུས་ཚོད་ནི་ 0 (ནམ་ཡང་མིན།) ནས་སྐར་མ་ 240 བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../services/refunds.py" line="+49" />
            <location line="+163" />
            <source>There is no such sale on this till (no sale {uuid}).</source>
            <translation>དངུལ་སྡུད་ས་འདིར་ཉོ་ཚོང་དེ་མེད། ({uuid})</translation>
        </message>
        <message>
            <location line="-96" />
            <source>There is no sale {number} on this till.</source>
            <extracomment>what the customer paid less what was refunded already (fen)</extracomment>
            <translation>དངུལ་སྡུད་ས་འདིར་ཉོ་ཚོང་ {number} མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{number} is a refund, not a sale</source>
            <translation>{number} ནི་དངུལ་ཕྱིར་སློག་ཡིན། ཉོ་ཚོང་མིན།</translation>
        </message>
        <message>
            <location line="+91" />
            <location filename="../services/sales.py" line="+12" />
            <location filename="../services/shifts.py" line="+154" />
            <location line="+65" />
            <source>no shift is open — open one first</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད། — སྔོན་ལ་ལས་རེས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {sale} goes out for delivery as {number}: take the parcel back in the deliveries screen (Ctrl+D, F5).</source>
            <translation>འཚོང་ཐོ་ {sale} སྐྱེལ་འདྲེན་ {number} ཐོག་སྐྱེལ་བཞིན་ཡོད། སྐྱེལ་འདྲེན་ཐོ་ (Ctrl+D, F5) ནང་ཐུམ་སྒྲིལ་ཕྱིར་ལེན་རོགས།</translation>
        </message>
        <message>
            <location line="+21" />
            <source>sale {number} has no line {line}</source>
            <translation>ཉོ་ཚོང་ {number} ལ་ཐིག་ཕྲེང་ {line} མེད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>line {line} is listed twice</source>
            <translation>ཐིག་ཕྲེང་ {line} ཐེངས་གཉིས་ཐོ་འགོད་བྱས་འདུག</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../ui/refund_dialog/lines.py" line="+250" />
            <source>only {left} of line {line} can still be refunded</source>
            <translation>ཐིག་ཕྲེང་ {line} ལས་ {left} ཁོ་ན་ད་དུང་ཕྱིར་སློག་ཆོག</translation>
        </message>
        <message>
            <location line="+20" />
            <source>nothing to refund</source>
            <translation>ཕྱིར་སློག་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount} in cash — refund by the original method, or put cash in first.</source>
            <translation>དངུལ་སྒམ་ནང་དངུལ་དངོས་ {amount} ཁོ་ན་ཡོད་དགོས། — སྔར་གྱི་ཐབས་ལམ་ནས་ཕྱིར་སྤྲོད་བྱོས་སམ། སྔོན་ལ་དངུལ་དངོས་ནང་འཇུག་གྱིས།</translation>
        </message>
        <message>
            <location filename="../services/settlement.py" line="-3" />
            <source>the period ends before it starts</source>
            <translation>དུས་ཚིགས་མཇུག་རྫོགས་ཉིན་མོ་འགོ་འཛུགས་ཉིན་མོའི་སྔོན་ལ་འདུག</translation>
        </message>
        <message>
            <location line="+51" />
            <source>nothing to settle for {code} from {start} to {end} (no unsettled sales)</source>
            <translation>{code} ལ་ {start} ནས་ {end} བར་རྩིས་སྒྲིལ་རྒྱུ་མེད། (རྩིས་སྒྲིལ་མ་བྱས་པའི་འཚོང་མེད།)</translation>
        </message>
        <message>
            <location filename="../services/shifts.py" line="-108" />
            <source>the opening float must be between ￥0 and ￥100,000</source>
            <extracomment>notes and coins counted at close, in fen: ￥100, 50, 20, 10, 5, 1, ￥0.5, ￥0.1 and the fen coins (5, 2, 1 fen — still legal tender; without them a till with no cash rounding always looks short)</extracomment>
            <translation>ལས་རེས་འགོ་འཛུགས་ཀྱི་གྲབས་ཉར་དངུལ་ ￥0 ནས་ ￥100,000 བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>shift {number} is already open</source>
            <translation>ལས་རེས་ {number} སྔོན་ནས་ཁ་ཕྱེ་ཡོད།</translation>
        </message>
        <message>
            <location line="+26" />
            <source>give a reason for the cash movement</source>
            <translation>དངུལ་དངོས་ནང་འཇུག་གམ་ཕྱིར་འདོན་གྱི་རྒྱུ་མཚན་འབྲི་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the amount must be above zero</source>
            <translation>དངུལ་འབོར་ཀླད་ཀོར་ལས་མང་དགོས།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The drawer should hold only {amount}.</source>
            <translation>དངུལ་སྒམ་ནང་ {amount} ཁོ་ན་ཡོད་དགོས།</translation>
        </message>
        <message>
            <location line="+71" />
            <source>There is no note or coin of {amount}.</source>
            <translation>{amount} ཡི་ཤོག་དངུལ་ལམ་ལྕགས་དངུལ་མེད།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a count must be a whole number from 0</source>
            <translation>གྲངས་ནི་ 0 ནས་བཟུང་བའི་གྲངས་ཧྲིལ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>no shift is open — it may have been closed already</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད། — སྔོན་ནས་མཇུག་སྒྲིལ་ཟིན་པ་འདྲ།</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no Z report {number}</source>
            <translation>Z སྙན་ཞུ་ {number} མེད།</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+86" />
            <source>a PIN is 4 to 8 digits</source>
            <extracomment>roles that may approve what a cashier may not do alone a login name: lower-case ASCII letters, digits, ".", "_" or "-", at most 64</extracomment>
            <translation>གསང་ཨང་ནི་ཨང་ཀི་ 4 ནས་ 8 བར་ཡིན།</translation>
        </message>
        <message>
            <location filename="../services/user_admin.py" line="+40" />
            <source>a user name is lower-case letters, digits, '.', '_' or '-': {name}</source>
            <translation>བེད་སྤྱོད་པའི་མིང་ནི་དབྱིན་ཡིག་ཆུང་ངུ་དང་ཨང་ཀི། '.' '_' '-' བཅས་ཡིན་དགོས། {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+74" />
            <source>role must be one of cashier, manager, admin: {role}</source>
            <translation>འགན་ནི་ cashier (དངུལ་སྡུད་པ།) manager (དོ་དམ་པ།) admin (མ་ལག་དོ་དམ་པ།) གང་རུང་ཡིན་དགོས། {role}</translation>
        </message>
        <message>
            <location line="-63" />
            <source>the first user of a till must be an admin</source>
            <translation>སྤྱོད་མཁན་དང་པོ་དེ་དོ་དམ་འགན་འཛིན་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>user {name} already exists</source>
            <translation>བེད་སྤྱོད་པ་ {name} སྔོན་ནས་ཡོད།</translation>
        </message>
        <message>
            <location line="+73" />
            <source>{name} is the only admin of this till and stays one</source>
            <translation>{name} ནི་དངུལ་སྡུད་ས་འདིའི་མ་ལག་དོ་དམ་པ་གཅིག་པུ་ཡིན་པས་འགན་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../services/users.py" line="+13" />
            <source>no user {name}</source>
            <translation>བེད་སྤྱོད་པ་ {name} མེད།</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unknown user or PIN</source>
            <translation>བེད་སྤྱོད་པའམ་གསང་ཨང་ནོར་འདུག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is locked after too many wrong PINs — try again in {minutes} minutes or ask a manager to unlock.</source>
            <translation>གསང་ཨང་ནོར་མང་དྲགས་པས་ {name} ལ་ཟྭ་བརྒྱབ་ཟིན། — སྐར་མ་ {minutes} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱོས་སམ། དོ་དམ་པར་ཟྭ་ཕྱེ་རུ་ཞུ།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That was a wrong PIN — {name} is now locked for {minutes} minutes.</source>
            <translation>གསང་ཨང་ནོར་སོང་། — {name} ལ་སྐར་མ་ {minutes} རིང་ཟྭ་བརྒྱབ་ཟིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That was a wrong PIN. Tries left before the account locks: {left}.</source>
            <translation>གསང་ཨང་ནོར་སོང་། ཟྭ་མ་བརྒྱབ་གོང་ཚོད་ལྟའི་ཐེངས་ལྷག་མ། {left}</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="+217" />
            <source>no count is open — start one first</source>
            <translation>ཞིབ་བགྲང་ཁ་ཕྱེ་མེད། — སྔོན་ལ་ཞིབ་བགྲང་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>fix the counts marked red first: {skus}</source>
            <translation>སྔོན་ལ་དམར་པོས་མཚོན་པའི་བགྲངས་འབོར་བཅོས། {skus}</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="+169" />
            <source>create the settlement first</source>
            <translation>སྔོན་ལ་རྩིས་སྒྲིལ་བཟོས།</translation>
        </message>
        <message>
            <location filename="../domain/catalogue_rules.py" line="+101" />
            <location filename="../ui/backoffice/catalogue.py" line="+294" />
            <source>the price is in yuan with at most two decimals (like 12.50), not {text}</source>
            <translation>རིན་གོང་ནི་སྒོར་མོའི་ཐོག་ནས་ཚེག་རྗེས་གྲངས་ཀ་གཉིས་ལས་མི་མང་བ་ (དཔེར་ན། 12.50) ཡིན་དགོས། {text} མིན།</translation>
        </message>
        <message>
            <location filename="../ui/discount_dialog.py" line="-49" />
            <source>a sale cannot come to ￥0 — give goods away as a gift (stock adjustment) instead</source>
            <translation>ཉོ་ཚོང་གི་རིན་ ￥0 ཡིན་མི་ཆོག — ཚོང་ཟོག་སྐྱེས་ཆར་སྤྲོད་ན་མཛོད་ཉར་གྲངས་བཅོས་བྱེད་དགོས།</translation>
        </message>
        <message>
            <location filename="../services/authority.py" line="+73" />
            <source>a refund</source>
            <extracomment>action → rule (see the module's table) what each action is called in messages (translated by the UI)</extracomment>
            <translation>དངུལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a discount above the limit</source>
            <translation>ཚད་ལས་བརྒལ་བའི་གོང་ཆག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a price change</source>
            <translation>གོང་ཚད་བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>opening the drawer without a sale</source>
            <translation>ཚོང་མེད་པར་དངུལ་སྒམ་ཁ་ཕྱེ་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>taking cash out of the drawer</source>
            <translation>དངུལ་སྒམ་ནས་དངུལ་ལེན་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the counter rules</source>
            <translation>ཚོང་ཁང་གི་སྒྲིག་གཞི་བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changing the till's settings</source>
            <translation>དངུལ་ཁང་གི་སྒྲིག་འགོད་བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the back office</source>
            <translation>རྒྱབ་ལྗོངས་དོ་དམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the audit log</source>
            <translation>ཞིབ་བཤེར་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unlocking a user</source>
            <translation>སྤྱོད་མཁན་གྱི་ཟྭ་འབྱེད་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>managing users</source>
            <translation>སྤྱོད་མཁན་དོ་དམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>restoring a backup or confirming the numbering after one</source>
            <translation>གྲབས་ཉར་སླར་གསོ་བའམ་དེའི་རྗེས་ཀྱི་ཨང་རིམ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>seeing the recipients' phone numbers and addresses</source>
            <translation>ལེན་མཁན་གྱི་ཁ་པར་ཨང་གྲངས་དང་ཁ་བྱང་ལྟ་བ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirming an online order's payment</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ཀྱི་དངུལ་སྤྲོད་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelling an online order</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{what} needs a manager's approval</source>
            <translation>{what} ལ་དོ་དམ་པའི་ཆོག་མཆན་དགོས།</translation>
        </message>
        <message>
            <location line="+57" />
            <source>{what} needs an admin</source>
            <translation>{what} ལ་དོ་དམ་འགན་འཛིན་དགོས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} needs its own approval</source>
            <translation>{what} ལ་ཆོག་མཆན་སོ་སོར་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>{name} cannot approve {what}</source>
            <translation>{name} ཡིས་ {what} ལ་ཆོག་མཆན་སྤྲོད་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../services/hall.py" line="+38" />
            <source>type the hall's name in at least one language</source>
            <extracomment>script → the setting holding the hall's name in it</extracomment>
            <translation>ཉུང་མཐར་སྐད་ཡིག་གཅིག་གིས་ཚོང་ཁང་གི་མིང་འབྲི།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the hall's name is at most {n} characters</source>
            <translation>ཚོང་ཁང་གི་མིང་ཡིག་འབྲུ་ {n} ལས་མི་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location filename="../services/setup.py" line="+59" />
            <source>a terminal code is 1 to 16 letters, digits, '-' or '_', like T01: {code}</source>
            <extracomment>a terminal code (the receipt-number prefix), as the county server takes it: ``T01``</extracomment>
            <translation>མཐའ་སྣེའི་ཨང་རྟགས་ནི་ཡི་གེ་དང་ཨང་ཀི། '-' ཡང་ན་ '_' 1 ནས་ 16 བར་ཡིན། དཔེར་ན། T01: {code}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the two PINs differ</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན།</translation>
        </message>
        <message>
            <location line="+21" />
            <source>this till is set up already</source>
            <translation>དངུལ་སྡུད་ས་འདི་སྒྲིག་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/users.py" line="+38" />
            <source>the two PINs are not the same — type the PIN again</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན། — གསང་ཨང་ཡང་བསྐྱར་འབྲི།</translation>
        </message>
        <message>
            <location filename="../services/numbering.py" line="+105" />
            <source>this till was restored from a backup: sync with the county office, or have a manager confirm the receipt numbering in the back office, before selling</source>
            <extracomment>the floor settings per kind of number (receipt, shift, Z report) set by a restore (issue #14): the till sells again once the numbering floors are known to be past every number used before — from the county server when enrolled, else a manager's word</extracomment>
            <translation>དངུལ་སྡུད་ས་འདི་གྲབས་ཉར་ནས་སླར་གསོ་བྱས་ཡོད། མ་འཚོང་གོང་རྫོང་གི་ལས་ཁུངས་དང་མཉམ་འགྲིག་བྱོས་སམ། དོ་དམ་པས་རྒྱབ་ཕྱོགས་དོ་དམ་ནང་འཛིན་ཤོག་ཨང་རིམ་གཏན་འཁེལ་བྱེད་དུ་འཇུག</translation>
        </message>
        <message>
            <location filename="../services/numbering_check.py" line="+38" />
            <source>receipt number</source>
            <extracomment>the highest sequence a number can carry: receipts ``T01-000123``, shifts ``SH-T01-000003`` and Z reports ``Z-T01-000002`` have six digits (services/numbering.py) what each kind of number is called in messages (translated by the UI)</extracomment>
            <translation>འཛིན་ཤོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shift number</source>
            <translation>ལས་རེས་ཨང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z report number</source>
            <translation>Z སྙན་ཞུའི་ཨང་།</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{value} is too high for a {what}: the highest is {highest}</source>
            <translation>{value} ནི་{what}ལ་མཐོ་དྲགས། མཐོ་ཤོས་ནི་ {highest} ཡིན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the till has already used {what} {known}: the numbering cannot be set lower</source>
            <translation>དངུལ་སྡུད་སས་{what} {known} བེད་སྤྱོད་བྱས་ཟིན། ཨང་རིམ་དེ་ལས་དམའ་བར་འཇོག་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../printing/printer.py" line="+49" />
            <source>The printer address {printer} is the till's own database — check the printer address.</source>
            <extracomment>the printer failures a cashier sees (``{printer}``: :meth:`PrinterTarget.describe`)</extracomment>
            <translation>པར་ཆས་ཀྱི་ཁ་བྱང་ {printer} ནི་དངུལ་སྡུད་ས་རང་གི་གཞི་གྲངས་མཛོད་ཡིན། — པར་ཆས་ཀྱི་ཁ་བྱང་ཞིབ་བཤེར་གྱིས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} dropped the connection — the receipt may not have printed.</source>
            <translation>པར་ཆས་ {printer} གིས་འབྲེལ་མཐུད་བཅད། — འཛིན་ཤོག་པར་དུ་མ་བཏབ་སྲིད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} did not answer within {seconds} s — is it switched on?</source>
            <translation>པར་ཆས་ {printer} གིས་སྐར་ཆ་ {seconds} ནང་ལན་མ་བཏབ། — གློག་ཁ་ཕྱེ་ཡོད་དམ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer} refused the connection — is it switched on and is the port right?</source>
            <translation>པར་ཆས་ {printer} གིས་འབྲེལ་མཐུད་ཁས་མ་བླངས། — གློག་ཁ་ཕྱེ་ཡོད་དམ། སྒོ་ཨང་ཡང་དག་ཡིན་ནམ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printer {printer}: no USB driver found — install libusb, or on Windows use the printer's driver.</source>
            <translation>པར་ཆས་ {printer}: USB སྒུལ་སྐྱོད་མ་རྙེད། — libusb སྒྲིག་འཇུག་བྱོས་སམ། Windows སྟེང་པར་ཆས་ཀྱི་སྒུལ་སྐྱོད་བེད་སྤྱོད་གྱིས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This kind of printer needs the {package} package.</source>
            <translation>པར་ཆས་འདི་འདྲ་ལ་ {package} ཐུམ་སྒྲིལ་དགོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer {printer} could not be used</source>
            <translation>པར་ཆས་ {printer} བེད་སྤྱོད་བྱེད་མ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The receipt could not be prepared for printing</source>
            <translation>འཛིན་ཤོག་པར་འདེབས་ཆེད་གྲ་སྒྲིག་བྱེད་མ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+78" />
            <source>The timeout must be seconds, not {value}: {uri}</source>
            <extracomment>templates whose English form may be followed by ``": detail"``, and those that may not slowest throughput to allow for (bytes/s): a long raster job gets this much more time</extracomment>
            <translation>དུས་ཚོད་ཚད་བཀག་ནི་སྐར་ཆ་ཡིན་དགོས། {value} མི་ཆོག {uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The timeout must be between 0 and 120 s: {uri}</source>
            <translation>དུས་ཚོད་ཚད་བཀག་ནི་སྐར་ཆ་ 0 ནས་ 120 བར་ཡིན་དགོས། {uri}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>There is no host in {uri} (e.g. network://192.168.1.50:9100).</source>
            <translation>{uri} ནང་གློག་ཀླད་ཀྱི་ཁ་བྱང་མེད། (དཔེར་ན། network://192.168.1.50:9100)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The port in {uri} is not a number from 1 to 65535.</source>
            <translation>{uri} ནང་གི་སྒོ་ཨང་ནི་ 1 ནས་ 65535 བར་གྱི་ཨང་གྲངས་མིན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Port 0 is not a printer port: {uri}</source>
            <translation>སྒོ་ཨང་ 0 ནི་པར་ཆས་ཀྱི་སྒོ་ཨང་མིན། {uri}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rate must be bytes per second (at least 1000), not {value}.</source>
            <translation>མྱུར་ཚད་ནི་སྐར་ཆ་རེར་ཡིག་ཚིགས་གྲངས་ (ཉུང་མཐར་ 1000) ཡིན་དགོས། {value} མི་ཆོག</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A USB printer is usb://VID:PID in hexadecimal (e.g. usb://0483:5743), not {uri}.</source>
            <translation>USB པར་ཆས་ནི་ཨང་རྩིས་བཅུ་དྲུག་མའི་ usb://VID:PID ཡིན། (དཔེར་ན། usb://0483:5743) {uri} མིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The USB ids are out of range in {uri}.</source>
            <translation>{uri} ནང་གི་ USB ཨང་རྟགས་ཚད་ལས་བརྒལ།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no serial device in {uri} (e.g. serial:///dev/ttyS0?baud=9600).</source>
            <translation>{uri} ནང་ཕྲེང་མཐུད་སྒྲིག་ཆས་མེད། (དཔེར་ན། serial:///dev/ttyS0?baud=9600)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The baud must be a standard rate (9600, 19200, 38400, 115200 …), not {value}.</source>
            <translation>མྱུར་ཚད་ནི་ཚད་ལྡན་གྱི་མྱུར་ཚད་ (9600, 19200, 38400, 115200 …) ཡིན་དགོས། {value} མི་ཆོག</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A file printer is file:///full/path (three slashes), not {uri}.</source>
            <translation>ཡིག་ཆའི་པར་ཆས་ནི་ file:///full/path (གཤར་ཐིག་གསུམ།) ཡིན། {uri} མིན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no file in {uri} (e.g. file:///dev/usb/lp0).</source>
            <translation>{uri} ནང་ཡིག་ཆ་མེད། (དཔེར་ན། file:///dev/usb/lp0)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown printer {uri}: use network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 or preview</source>
            <translation>ངོས་མི་ཤེས་པའི་པར་ཆས་ {uri}: network://HOST:PORT, usb://VID:PID, serial:///dev/ttyS0?baud=9600, file:///dev/usb/lp0 ཡང་ན་ preview བེད་སྤྱོད་གྱིས།</translation>
        </message>
        <message>
            <location filename="../domain/delivery.py" line="+34" />
            <source>to pack</source>
            <extracomment>the statuses, in their order status → the statuses it may move to what a status is called on screen (translated by the UI, context "DomainError")</extracomment>
            <translation>ཐུམ་རྒྱག་དགོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>packed</source>
            <translation>ཐུམ་རྒྱག་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed over</source>
            <translation>སྦྲག་ཁང་ལ་སྤྲད་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>delivered</source>
            <translation>སྐྱེལ་ཟིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>returned</source>
            <translation>ཕྱིར་ལོག་བྱུང་།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>at the counter</source>
            <extracomment>where an order came from</extracomment>
            <translation>ཚོང་ཁྲིར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>by phone</source>
            <translation>ཁ་པར་བརྒྱུད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat mall</source>
            <translation>ཝེ་ཤིན་ཚོང་ཁང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>online shop</source>
            <translation>དྲ་ཐོག་ཚོང་ཁང་།</translation>
        </message>
        <message>
            <location line="+97" />
            <source>the {field} is longer than {limit} characters</source>
            <extracomment>carriers offered (any other name is allowed) the SKU of the postage line of a delivery's sale (no product, no stock, no cooperative) Tibet's prefecture-level divisions (2026) Shannan's county-level divisions the hall's own county and prefecture (postage zone "county" and "prefecture")</extracomment>
            <translation>{field} ཡིག་འབྲུ་ {limit} ལས་རིང་།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>recipient's name</source>
            <translation>ལེན་མཁན་གྱི་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recipient's name in Tibetan</source>
            <translation>ལེན་མཁན་གྱི་བོད་ཡིག་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>province</source>
            <translation>ཞིང་ཆེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>prefecture or city</source>
            <translation>ས་ཁུལ་ལམ་གྲོང་ཁྱེར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>county</source>
            <translation>རྫོང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>township</source>
            <translation>ཤང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>village or street</source>
            <translation>གྲོང་ཚོ་འམ་ལམ་ཕྲན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>channel's order number</source>
            <translation>བཞེས་ཐོ་ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tracking number</source>
            <translation>སྦྲག་རྫས་ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carrier</source>
            <translation>སྐྱེལ་འདྲེན་ཁང་།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the {field} is missing</source>
            <translation>{field} མི་འདུག</translation>
        </message>
        <message>
            <location line="+59" />
            <source>the address needs its {field}</source>
            <extracomment>other names people type for places (Wylie-less romanisations, old names)</extracomment>
            <translation>ཁ་བྱང་ལ་ {field} དགོས།</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the recipient's phone number is missing</source>
            <translation>ལེན་མཁན་གྱི་ཁ་པར་ཨང་གྲངས་མི་འདུག</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{phone} is not a phone number: a mobile has 11 digits starting with 1, a landline starts with its area code (0893-…)</source>
            <translation>{phone} ཁ་པར་ཨང་གྲངས་མིན། ལག་ཁྱེར་ཁ་པར་ལ་ 1 ནས་འགོ་འཛུགས་པའི་ཨང་གྲངས་ 11 ཡོད། ས་ཁ་པར་ས་ཁུལ་ཨང་རྟགས་ (0893-…) ནས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+60" />
            <source>the tracking number is missing</source>
            <extracomment>the shortest tracking number taken (China Post's domestic numbers have 13 digits, S10 13 characters)</extracomment>
            <translation>སྦྲག་རྫས་ཨང་གྲངས་མི་འདུག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{tracking} is not a tracking number: letters and digits only, at most 40</source>
            <translation>{tracking} སྦྲག་རྫས་ཨང་གྲངས་མིན། དབྱིན་ཡིག་དང་ཨང་ཀི་ཁོ་ན། མང་ཤོས་ 40</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{tracking} has a wrong check digit: check the number on the waybill</source>
            <translation>{tracking} ཡི་ཞིབ་བཤེར་ཨང་ནོར་འདུག སྦྲག་འཛིན་ཐོག་གི་ཨང་གྲངས་ལ་ཞིབ་བཤེར་གནང་།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{tracking} is too short for a tracking number: check the number on the waybill</source>
            <translation>{tracking} སྦྲག་རྫས་ཨང་གྲངས་ལ་ཐུང་དྲགས། སྦྲག་འཛིན་ཐོག་གི་ཨང་གྲངས་ལ་ཞིབ་བཤེར་གནང་།</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{weight} is not a weight in kg</source>
            <translation>{weight} སྤྱི་ཚད་ཀྱི་ལྗིད་ཚད་མིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a parcel weighs between 0.001 and 50 kg</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་ལྗིད་ཚད་སྤྱི་ཚད་ 0.001 ནས་ 50 བར་དགོས།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>in the county</source>
            <translation>རྫོང་ནང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Shannan</source>
            <translation>ལྷོ་ཁ་ནང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in Tibet</source>
            <translation>བོད་ལྗོངས་ནང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>elsewhere in China</source>
            <translation>རྒྱལ་ནང་ས་གནས་གཞན།</translation>
        </message>
        <message>
            <location line="+46" />
            <location line="+3" />
            <source>the postage table in the settings cannot be read</source>
            <translation>སྒྲིག་འགོད་ནང་གི་སྦྲག་གླའི་རེའུ་མིག་ཀློག་མི་ཐུབ།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>a delivery that is {status} cannot become {target}</source>
            <extracomment>the default table (China Post parcel rates from Qonggyai, rounded; fen)</extracomment>
            <translation>{status} ཡིན་པའི་སྐྱེལ་འདྲེན་ {target} ལ་འགྱུར་མི་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../services/delivery_settings.py" line="+75" />
            <source>personal data is kept between 1 and 3650 days</source>
            <extracomment>days after delivery (or return) when a recipient's phone and address are erased till settings keys</extracomment>
            <translation>མི་སྒེར་གྱི་གནས་ཚུལ་ཉིན་ 1 ནས་ 3650 བར་ཉར་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a returned parcel's postage is kept or refunded</source>
            <translation>ཕྱིར་ལོག་ཐུམ་སྒྲིལ་གྱི་སྦྲག་གླ་ཕྱིར་སློག་གམ་མི་སློག་གང་རུང་ཞིག་འདེམས།</translation>
        </message>
        <message>
            <location filename="../services/delivery.py" line="+138" />
            <source>the order's channel {channel} is unknown</source>
            <translation>བཞེས་ཐོའི་ལམ་ཀ་ {channel} ངོས་མ་ཟིན།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{value} is not a date (2026-12-31)</source>
            <translation>{value} ཚེས་གྲངས་མིན། (2026-12-31)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the requested delivery date {value} is in the past</source>
            <translation>རེ་བའི་སྐྱེལ་ཚེས་ {value} འདས་ཟིན།</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+248" />
            <source>postage must be between ￥0 and ￥1,000</source>
            <translation>སྦྲག་གླ་ ￥0 ནས་ ￥1,000 བར་དགོས།</translation>
        </message>
        <message>
            <location line="-138" />
            <location filename="../services/delivery_docs.py" line="+86" />
            <source>There is no delivery {number} on this till.</source>
            <translation>དངུལ་ཁྲི་འདིར་སྐྱེལ་འདྲེན་ {number} མི་འདུག</translation>
        </message>
        <message>
            <location line="+120" />
            <source>tracking number {tracking} is already on delivery {number}</source>
            <translation>སྦྲག་རྫས་ཨང་གྲངས་ {tracking} སྐྱེལ་འདྲེན་ {number} ཐོག་ཡོད་ཟིན།</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{number} was packed under waybill {assigned}, not {tracking}: check the parcel</source>
            <translation>{number} སྦྲག་འཛིན་ {assigned} འོག་ཏུ་ཐུམ་རྒྱག་ཡོད། {tracking} མིན། ཐུམ་སྒྲིལ་ལ་ཞིབ་བཤེར་གནང་།</translation>
        </message>
        <message>
            <location filename="../printing/packing_slip.py" line="+79" />
            <source>There is no packing slip to print.</source>
            <extracomment>the slip's fixed labels: Tibetan, Chinese, English (the Tibetan is the shop's wording; have a native speaker confirm changes) where an order came from, as the slip prints it</extracomment>
            <translation>པར་རྒྱག་རྒྱུའི་ཐུམ་སྒྲིལ་ཐོ་མི་འདུག</translation>
        </message>
        <message>
            <location filename="../printing/shipping_label.py" line="+57" />
            <source>{size} is not a shipping label size; the sizes are {known}</source>
            <extracomment>label stocks: name → (width, height) in mm Code 128: quiet zone on each side, in modules (ISO/IEC 15417 asks for at least 10) bar heights of the Code 128 symbol, and the module widths tried (printer dots, widest first) thermal printers' real dot pitch: "203 dpi" heads are 8 dots/mm, "300 dpi" ones 12 the recipient's name size is tried from the first down to the second (mm, steps of 0.25)</extracomment>
            <translation>{size} སྐྱེལ་འདྲེན་བྱང་བུའི་ཆེ་ཆུང་མིན། ཆེ་ཆུང་ནི་ {known}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no shipping label to print.</source>
            <translation>པར་རྒྱག་རྒྱུའི་སྐྱེལ་འདྲེན་བྱང་བུ་མི་འདུག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The recipient's name and address do not fit on a {size} label; shorten the address.</source>
            <translation>ལེན་མཁན་གྱི་མིང་དང་ཁ་བྱང་ {size} བྱང་བུའི་ཐོག་མི་ཤོང་། ཁ་བྱང་ཐུང་དུ་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tracking number {tracking} is too long for the label's barcode.</source>
            <translation>སྦྲག་རྫས་ཨང་གྲངས་ {tracking} བྱང་བུའི་ཚིག་རིས་ལ་རིང་དྲགས།</translation>
        </message>
        <message>
            <location filename="../ui/backoffice/delivery_rules.py" line="-24" />
            <source>row {row}: give the weight in kg</source>
            <translation>ཕྲེང་ {row}། ལྗིད་ཚད་སྤྱི་ཚད་ཐོག་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>row {row}: a price is not an amount in yuan</source>
            <translation>ཕྲེང་ {row}། རིན་གོང་ཞིག་སྒོར་གྱི་དངུལ་གྲངས་མིན།</translation>
        </message>
        <message>
            <location filename="../services/online_orders.py" line="+62" />
            <source>cash</source>
            <extracomment>the payment methods of ``order.confirmed`` → the till's tender ("card" is a UnionPay card) what each method is called in messages (translated by the UI)</extracomment>
            <translation>དངུལ་དངོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay</source>
            <translation>སྐད་འཕྲིན་དངུལ་སྤྲོད། WeChat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay དངུལ་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>card</source>
            <translation>ཁཱ།</translation>
        </message>
        <message>
            <location line="+70" />
            <source>There is no online order {number} on this till.</source>
            <translation>ཚོང་སྒྲོམ་འདིར་དྲ་ཐོག་བཀའ་འཐོབ་ {number} མེད།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Online order {number} is {status}, not awaiting payment: nothing was changed.</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ {number} ནི་ {status} ཡིན་པས་དངུལ་སྤྲོད་ལ་སྒུག་མེད། ཅི་ཡང་བསྒྱུར་མེད།</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{method} is not a payment method here (cash, wechat, alipay, card).</source>
            <translation>{method} ནི་འདིའི་དངུལ་སྤྲོད་ཐབས་མིན། (དངུལ་དངོས། WeChat Alipay ཁཱ།)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The payment reference may be at most {limit} characters.</source>
            <translation>དངུལ་སྤྲོད་ཀྱི་དཔྱད་གཞིའི་ཨང་ནི་ཡིག་འབྲུ་ {limit} ལས་མི་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A payment by {what} needs its reference (the transaction number).</source>
            <translation>{what} ཡིས་དངུལ་སྤྲོད་ན་དཔྱད་གཞིའི་ཨང་ (ཉོ་ཚོང་ཨང་།) དགོས།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Online order {number} has {sku}, which this till does not know: sync the catalogue first, or cancel the order.</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ {number} ནང་ {sku} ཡོད་ཀྱང་ཚོང་སྒྲོམ་འདིས་མི་ཤེས། སྔོན་ལ་དཀར་ཆག་མཉམ་སྦྱོར་བྱོས་སམ་བཀའ་འཐོབ་ཕྱིར་འཐེན་བྱོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Online order {number} has {sku} by the {unit}, but this till sells it by the {till_unit}: sync the catalogue, or cancel the order.</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ {number} ནང་ {sku} ནི་ {unit} ལྟར་ཡིན་ཀྱང་ཚོང་སྒྲོམ་འདིས་ {till_unit} ལྟར་འཚོང་། དཀར་ཆག་མཉམ་སྦྱོར་བྱོས་སམ་བཀའ་འཐོབ་ཕྱིར་འཐེན་བྱོས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Online order {number}'s line {sku} does not add up: sync again, or cancel it.</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ {number} ཡི་ཕྲེང་ {sku} གྲངས་མི་མཐུན། ཡང་བསྐྱར་མཉམ་སྦྱོར་བྱོས་སམ་ཕྱིར་འཐེན་བྱོས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Online order {number}'s lines do not add up to its amount: sync again, or cancel it.</source>
            <translation>དྲ་ཐོག་བཀའ་འཐོབ་ {number} ཡི་ཕྲེང་རྣམས་དངུལ་འབོར་དང་མི་མཐུན། ཡང་བསྐྱར་མཉམ་སྦྱོར་བྱོས་སམ་ཕྱིར་འཐེན་བྱོས།</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Give the reason for cancelling the order (at most {limit} characters).</source>
            <translation>བཀའ་འཐོབ་ཕྱིར་འཐེན་པའི་རྒྱུ་མཚན་འབྲི། (ཡིག་འབྲུ་ {limit} ལས་མི་མང་བ།)</translation>
        </message>
    </context>
    <context>
        <name>EnrolForm</name>
        <message>
            <location filename="../ui/forms/enrol.py" line="+20" />
            <source>The server address must start with https:// (or http:// on the hall's own network), for example https://county.example:8000.</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་ https:// ནས་འགོ་འཛུགས་དགོས། (ཚོང་ཁང་རང་གི་དྲ་བའི་ནང་ http:// ཆོག) དཔེར་ན། https://county.example:8000</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The county server cannot be reached at this address. Check the address, the network cable or Wi-Fi, and ask the county office whether the server is running.</source>
            <translation>ཁ་བྱང་འདི་ནས་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་མ་ཐུབ། ཁ་བྱང་དང་དྲ་སྐུད། ཡང་ན་ Wi-Fi ལ་ཞིབ་བཤེར་གྱིས། ཞབས་ཞུ་འཕྲུལ་ཆས་འཁོར་བཞིན་ཡོད་མེད་རྫོང་གི་ལས་ཁུངས་ལ་འདྲི།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server's certificate cannot be checked. Choose the CA file the county office gave you, or check that the address is right.</source>
            <translation>ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ལག་ཁྱེར་ཞིབ་བཤེར་བྱེད་མ་ཐུབ། རྫོང་གི་ལས་ཁུངས་ཀྱིས་སྤྲད་པའི་ CA ཡིག་ཆ་འདེམས་སམ། ཁ་བྱང་ཡང་དག་ཡིན་མིན་ལ་ཞིབ་བཤེར་གྱིས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The one-time code was not accepted: it is wrong, used already or expired. Ask the county office for a new code.</source>
            <translation>ཐེངས་གཅིག་མའི་ཨང་རྟགས་དང་ལེན་མ་བྱས། ནོར་བའམ་བེད་སྤྱོད་ཟིན་པ། ཡང་ན་དུས་ཚོད་ཡོལ་ཟིན། རྫོང་གི་ལས་ཁུངས་ལ་ཨང་རྟགས་གསར་པ་ཞུ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something answers at this address, but it is not a Yarlung county server. Check the address with the county office.</source>
            <translation>ཁ་བྱང་འདིར་ལན་ཡོད་ཀྱང་ཡར་ཀླུངས་རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་མིན། རྫོང་གི་ལས་ཁུངས་དང་མཉམ་དུ་ཁ་བྱང་ཞིབ་བཤེར་གྱིས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The county server refused the enrolment: {0}</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱིས་ཐོ་འགོད་ཁས་མ་བླངས། {0}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>County server address</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One-time code</source>
            <translation>ཐེངས་གཅིག་མའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CA file (optional)</source>
            <translation>CA ཡིག་ཆ། (འདེམས་ཆོག)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ནས་ཐོབ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>only if the county office gave you one</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ཀྱིས་སྤྲད་ན་མ་གཏོགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose…</source>
            <translation>འདེམས…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+26" />
            <source>Enrolled: this till is {0} for the county office.</source>
            <translation>ཐོ་འགོད་བྱས་ཟིན། དངུལ་སྡུད་ས་འདི་རྫོང་གི་ལས་ཁུངས་ལ་ {0} ཡིན།</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The county office's CA file</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ཀྱི་ CA ཡིག་ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>ལག་ཁྱེར། (*.pem *.crt *.cer);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Type the county server's address.</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ཀྱི་ཁ་བྱང་འབྲི།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Type the one-time code from the county office.</source>
            <translation>རྫོང་གི་ལས་ཁུངས་ནས་ཐོབ་པའི་ཐེངས་གཅིག་མའི་ཨང་རྟགས་འབྲི།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting to the county server…</source>
            <translation>རྫོང་གི་ཞབས་ཞུ་འཕྲུལ་ཆས་ལ་འབྲེལ་བཞིན…</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-64" />
            <source>The county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled, the till sends every sale to the county office and takes its catalogue.</source>
            <translation>ཐོ་འགོད་བྱས་རྗེས། དངུལ་སྡུད་ས་འདིས་ཉོ་ཚོང་རེ་རེ་རྫོང་གི་ལས་ཁུངས་སུ་བསྐུར་ཞིང་། དེའི་ཚོང་ཟོག་དཀར་ཆག་ལེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrol with the county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས་སུ་ཐོ་འགོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work alone for now</source>
            <translation>གནས་སྐབས་རང་རྐྱ་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminal code</source>
            <translation>མཐའ་སྣེའི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt numbers start with this code (like T01). You can enrol later in the back office; sales made before are sent then.</source>
            <translation>འཛིན་ཤོག་གི་ཨང་གྲངས་ཨང་རྟགས་འདི་ནས་འགོ་འཛུགས། (དཔེར་ན། T01) རྗེས་སུ་རྒྱབ་ཕྱོགས་དོ་དམ་ནང་ཐོ་འགོད་བྱེད་ཆོག སྔོན་གྱི་ཉོ་ཚོང་དེ་དུས་བསྐུར་རྒྱུ།</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Yarlung POS — first administrator</source>
            <translation>Yarlung POS — མ་ལག་དོ་དམ་པ་དང་པོ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This till has no users yet. Create the administrator, who can then add cashiers and managers (yarlung-pos user add …).</source>
            <translation>དངུལ་སྡུད་ས་འདིར་ད་དུང་བེད་སྤྱོད་པ་མེད། སྔོན་ལ་མ་ལག་དོ་དམ་པ་གསར་བཟོ་བྱོས། དེ་རྗེས་ཁོང་གིས་དངུལ་སྡུད་པ་དང་དོ་དམ་པ་ཁ་སྣོན་བྱེད་ཆོག (yarlung-pos user add …)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login name</source>
            <translation>ནང་འཛུལ་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN (4–8 digits)</source>
            <translation>གསང་ཨང་། (ཨང་ཀི་ 4–8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN again</source>
            <translation>གསང་ཨང་ཡང་བསྐྱར།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The two PINs differ.</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན།</translation>
        </message>
    </context>
    <context>
        <name>FloatPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+237" />
            <source>The first shift</source>
            <translation>ལས་རེས་དང་པོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count the cash put in the drawer to start with.</source>
            <translation>འགོ་འཛུགས་སྐབས་དངུལ་སྒམ་དུ་བཞག་པའི་དངུལ་ལོར་གྲངས་རྩིས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish sets the till up and opens the first shift with this float, signed in as the administrator.</source>
            <translation>མཇུག་སྒྲིལ་མནན་ན་དངུལ་སྡུད་ས་སྒྲིག་འགོད་ཟིན་ཏེ། མ་ལག་དོ་དམ་པའི་ཐོག་ནས་ནང་འཛུལ་ཞིང་གྲབས་ཉར་དངུལ་འདིས་ལས་རེས་དང་པོ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Float</source>
            <translation>གྲབས་ཉར་དངུལ།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Type the float in yuan, e.g. 200 or 200.50.</source>
            <translation>གྲབས་ཉར་དངུལ་སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 200 ཡང་ན་ 200.50</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../ui/backoffice/editor.py" line="+227" />
            <source>Close</source>
            <extracomment>what a field's input is (:attr:`Field.kind`)</extracomment>
            <translation>ཁ་རྒྱག</translation>
        </message>
    </context>
    <context>
        <name>HallPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-342" />
            <source>The hall</source>
            <translation>ཚོང་ཁང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The name printed at the top of every receipt.</source>
            <translation>འཛིན་ཤོག་རེ་རེའི་ཐོག་ཏུ་པར་འདེབས་བྱེད་པའི་མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the hall's name as customers should read it. A language left empty takes the first name typed.</source>
            <translation>ཚོང་ཁང་གི་མིང་ཉོ་མཁན་གྱིས་ཀློག་དགོས་པ་ལྟར་འབྲི། སྐད་ཡིག་སྟོང་པ་ལུས་ན་མིང་དང་པོ་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In English</source>
            <translation>དབྱིན་ཡིག</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-220" />
            <source>Hand over {0}</source>
            <translation>{0} སྦྲག་ཁང་ལ་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode</source>
            <translation>སྦྲག་འཛིན་གྱི་ཚིག་རིས་ལ་བཤེར་འབེབས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>China Post</source>
            <translation>ཀྲུང་གོའི་སྦྲག་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>EMS</source>
            <translation>EMS མྱུར་སྐྱེལ།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>optional, e.g. 12.00</source>
            <translation>འདོད་རྒྱལ། དཔེར་ན། 12.00</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tracking number</source>
            <translation>སྦྲག་རྫས་ཨང་གྲངས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carrier</source>
            <translation>སྐྱེལ་འདྲེན་ཁང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parcel weight (kg)</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་ལྗིད་ཚད། (སྤྱི་ཚད།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postage paid</source>
            <translation>སྤྲད་ཟིན་པའི་སྦྲག་གླ།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Handed over (Enter)</source>
            <translation>སྦྲག་ཁང་ལ་སྤྲད། (Enter)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not an amount: {0} (type yuan, e.g. 12.50)</source>
            <translation>{0} དངུལ་གྲངས་མིན། (སྒོར་འབྲི། དཔེར་ན། 12.50)</translation>
        </message>
    </context>
    <context>
        <name>LabelTemplate</name>
        <message>
            <location filename="../ui/labels/options.py" line="+22" />
            <source>{0} — A4 sheet, {1} × {2} labels of {3} × {4} mm</source>
            <extracomment>how a label stock is named in the template list: {0} its code (``a4-3x8``), then the sizes</extracomment>
            <translation>{0} — A4 ཤོག་ལྷེ། ཁ་ཡིག་ {1} × {2} རེ་རེ་ {3} × {4} mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — {5} × {6} mm sheet, {1} × {2} labels of {3} × {4} mm</source>
            <translation>{0} — {5} × {6} mm ཤོག་ལྷེ། ཁ་ཡིག་ {1} × {2} རེ་རེ་ {3} × {4} mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} — roll labels {3} × {4} mm</source>
            <translation>{0} — སྒྲིལ་མའི་ཁ་ཡིག {3} × {4} mm</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <location filename="../ui/labels/dialog.py" line="+29" />
            <source>Labels</source>
            <translation>བྱང་བུ།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Preview (first page)</source>
            <translation>སྔོན་ལྟ། (ཤོག་ངོས་དང་པོ།)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <location line="+46" />
            <source>No labels yet</source>
            <translation>ད་དུང་བྱང་བུ་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add products on the left: search, scan a label, or add a whole category.</source>
            <translation>གཡོན་ཕྱོགས་སུ་ཚོང་ཟོག་ཁ་སྣོན་གྱིས། འཚོལ་བའམ་བྱང་བུ་བཤེར་བ། ཡང་ན་དབྱེ་རིགས་ཧྲིལ་པོ་ཁ་སྣོན་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No preview</source>
            <translation>སྔོན་ལྟ་མེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>These labels cannot be made: {0}</source>
            <translation>བྱང་བུ་འདི་དག་བཟོ་མི་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>1 label on 1 page</source>
            <translation>ཤོག་ངོས་ 1 ཐོག་བྱང་བུ་ 1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} labels on 1 page</source>
            <translation>ཤོག་ངོས་ 1 ཐོག་བྱང་བུ་ {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} labels on {1} pages</source>
            <translation>ཤོག་ངོས་ {1} ཐོག་བྱང་བུ་ {0}</translation>
        </message>
    </context>
    <context>
        <name>LabelsOptions</name>
        <message>
            <location filename="../ui/labels/options.py" line="+27" />
            <source>Position of the first label on a partly used sheet (counted left to right, top to bottom)</source>
            <translation>ཆ་ཤས་བེད་སྤྱད་ཟིན་པའི་ཤོག་ངོས་སུ་བྱང་བུ་དང་པོའི་གནས། (གཡོན་ནས་གཡས་སུ། སྟེང་ནས་འོག་ཏུ་བགྲང་།)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>དབྱིན་ཡིག</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Move the print right (negative: left)</source>
            <translation>པར་གཡས་སུ་སྤོ། (མོ་གྲངས་ཡིན་ན་གཡོན་དུ།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move the print down (negative: up)</source>
            <translation>པར་འོག་ཏུ་སྤོ། (མོ་གྲངས་ཡིན་ན་སྟེང་དུ།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save calibration</source>
            <translation>ཚད་སྒྲིག་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>right</source>
            <translation>གཡས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>down</source>
            <translation>འོག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label stock</source>
            <translation>བྱང་བུའི་ཤོག་རིགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start at label</source>
            <translation>འགོ་འཛུགས་སའི་བྱང་བུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names in</source>
            <translation>མིང་གི་ཡི་གེ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calibration (mm)</source>
            <translation>ཚད་སྒྲིག (mm)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Options</source>
            <translation>འདེམས་ཚན།</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Calibration not saved: {0}</source>
            <translation>ཚད་སྒྲིག་ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Calibration of {0} saved: {1:g} mm right, {2:g} mm down.</source>
            <translation>{0} ཚད་སྒྲིག་ཉར་ཚགས་བྱས་ཟིན། གཡས་སུ་ {1:g} mm དང་འོག་ཏུ་ {2:g} mm</translation>
        </message>
    </context>
    <context>
        <name>LabelsOutput</name>
        <message>
            <location filename="../ui/labels/output.py" line="+81" />
            <source>Save PDF…</source>
            <extracomment>a PDF made for the viewer older than this (seconds) is removed when the next one is made cache folders already cleared of old PDFs in this run</extracomment>
            <translation>PDF ཉར་ཚགས…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open in viewer</source>
            <translation>ལྟ་ཆས་ནང་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print…</source>
            <translation>པར་འདེབས…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>opened {0}</source>
            <translation>{0} ཁ་ཕྱེས་ཟིན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved to {0}, but no PDF viewer could be opened.</source>
            <translation>{0} ལ་ཉར་ཚགས་བྱས་ཟིན། འོན་ཀྱང་ PDF ལྟ་ཆས་ཁ་ཕྱེ་མ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{0} — {1}.</source>
            <translation>{0} — {1}།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save labels as PDF</source>
            <translation>བྱང་བུ་ PDF ལ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>PDF not saved: {0}</source>
            <translation>PDF ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>saved to {0}</source>
            <translation>{0} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>PDF not made: {0}</source>
            <translation>PDF བཟོ་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Print labels</source>
            <translation>བྱང་བུ་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not printed: {0}</source>
            <translation>པར་འདེབས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sent to {0}</source>
            <translation>{0} ལ་བསྐུར་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>LabelsProducts</name>
        <message>
            <location filename="../ui/labels/products.py" line="+34" />
            <source>Name, SKU, barcode or a scanned label</source>
            <translation>མིང་། ཟོག་ཨང་། ཐིག་ཨང་། ཡང་ན་བཤེར་བའི་བྱང་བུ།</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Add whole category</source>
            <translation>དབྱེ་རིགས་ཧྲིལ་པོ་ཁ་སྣོན།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find products</source>
            <translation>ཚོང་ཟོག་འཚོལ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Category</source>
            <translation>དབྱེ་རིགས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Copies</source>
            <translation>པར་གྲངས།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Remove all</source>
            <translation>ཚང་མ་སུབ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Labels to print (Delete removes the selected rows)</source>
            <translation>པར་འདེབས་རྒྱུའི་བྱང་བུ། (Delete མནན་ན་བདམས་པའི་ཐིག་ཕྲེང་སུབ།)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not changed: {0}</source>
            <translation>བསྒྱུར་མེད། {0}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Added {0} products of {1}.</source>
            <translation>{1} ནས་ཚོང་ཟོག་ {0} ཁ་སྣོན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Copies of {0}</source>
            <translation>པར་གྲངས། {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Remove {0}</source>
            <translation>{0} སུབ།</translation>
        </message>
        <message>
            <location line="+65" />
            <source>No product for “{0}”: {1}</source>
            <translation>“{0}” ལ་མཐུན་པའི་ཚོང་ཟོག་མེད། {1}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No product matches “{0}”.</source>
            <translation>“{0}” དང་མཐུན་པའི་ཚོང་ཟོག་མི་འདུག</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Added {0} (× {1}).</source>
            <translation>{0} ཁ་སྣོན་བྱས་ཟིན། (× {1})</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="-47" />
            <source>Welcome</source>
            <translation>ཕེབས་པར་དགའ་བསུ་ཞུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This till is new. A few steps set it up; you can go back to any step.</source>
            <translation>དངུལ་སྡུད་ས་འདི་གསར་པ་ཡིན། གོ་རིམ་ཁ་ཤས་ཀྱིས་སྒྲིག་འགོད་བྱེད། གོ་རིམ་གང་རུང་ལ་ཕྱིར་ལོག་ཆོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the language of the till's screens:</source>
            <translation>དངུལ་སྡུད་སའི་བརྙན་ཡོལ་གྱི་སྐད་ཡིག་འདེམས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The language could not be saved: {0}</source>
            <translation>སྐད་ཡིག་ཉར་ཚགས་བྱེད་མ་ཐུབ། {0}</translation>
        </message>
    </context>
    <context>
        <name>OnlineOrdersDialog</name>
        <message>
            <location filename="../ui/delivery/online.py" line="+68" />
            <source>Online orders awaiting payment</source>
            <translation>དངུལ་སྤྲོད་ལ་སྒུག་པའི་དྲ་ཐོག་བཀའ་འཐོབ།</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Confirm payment… (F2)</source>
            <translation>དངུལ་སྤྲོད་གཏན་འཁེལ།… (F2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel… (F5)</source>
            <translation>ཕྱིར་འཐེན།… (F5)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Close (Esc)</source>
            <translation>ཁ་རྒྱག (Esc)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Order</source>
            <translation>བཀའ་འཐོབ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Customer</source>
            <translation>ཉོ་མཁན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Items</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Total</source>
            <translation>བསྡོམས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How</source>
            <translation>ཇི་ལྟར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delivery</source>
            <translation>སྐྱེལ་འདྲེན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>pick-up</source>
            <translation>རང་ལེན།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No online orders are waiting for payment.</source>
            <translation>དངུལ་སྤྲོད་ལ་སྒུག་པའི་དྲ་ཐོག་བཀའ་འཐོབ་མེད།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select an order first (arrow keys).</source>
            <translation>སྔོན་ལ་བཀའ་འཐོབ་ཅིག་འདེམས། (མདའ་རྟགས་ལྡེ་མིག)</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} paid: sale {1}, delivery {2} to pack.</source>
            <translation>{0} དངུལ་སྤྲད་ཟིན། ཚོང་ {1} སྐྱེལ་འདྲེན་ {2} ཐུམ་རྒྱག་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} paid: sale {1}, picked up.</source>
            <translation>{0} དངུལ་སྤྲད་ཟིན། ཚོང་ {1} བླངས་ཟིན།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} cancelled.</source>
            <translation>{0} ཕྱིར་འཐེན་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>OpenShiftDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/opening.py" line="-199" />
            <source>Open shift</source>
            <translation>ལས་རེས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count the cash in the drawer (the float) and type it, or count it by note and coin. Sales and refunds need an open shift.</source>
            <translation>དངུལ་སྒམ་ནང་གི་དངུལ་དངོས་ (གྲབས་ཉར་དངུལ།) བགྲངས་ནས་འབྲི་བའམ། ཤོག་དངུལ་དང་ལྕགས་དངུལ་རེ་རེ་བཞིན་བགྲངས། ཉོ་ཚོང་དང་དངུལ་ཕྱིར་སློག་ལ་ལས་རེས་ཁ་ཕྱེ་ཡོད་དགོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. 200</source>
            <translation>དཔེར་ན། 200</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Count by note and coin</source>
            <translation>ཤོག་དངུལ་དང་ལྕགས་དངུལ་རེ་རེ་བཞིན་བགྲང་།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open shift (Enter)</source>
            <translation>ལས་རེས་འགོ་འཛུགས། (Enter)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Float (￥)</source>
            <translation>གྲབས་ཉར་དངུལ། (￥)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Type the float in yuan, e.g. 200 or 150.50.</source>
            <translation>གྲབས་ཉར་དངུལ་སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 200 ཡང་ན་ 150.50</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>དངུལ་འབོར་མ་རེད། {0} (སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 200 ཡང་ན་ 12.50)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The shift could not be opened: {0}</source>
            <translation>ལས་རེས་འགོ་འཛུགས་མ་ཐུབ། {0}</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="-107" />
            <source>Pack {0}</source>
            <extracomment>a delivery number in what a scanner typed (the parcel's QR may carry it in an address)</extracomment>
            <translation>{0} ཐུམ་རྒྱག</translation>
        </message>
        <message>
            <location line="+3" />
            <source>scan the waybill's barcode, or leave empty</source>
            <translation>སྦྲག་འཛིན་གྱི་ཚིག་རིས་ལ་བཤེར་འབེབས། ཡང་ན་སྟོང་པར་འཇོག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waybill (tracking number)</source>
            <translation>སྦྲག་འཛིན། (སྦྲག་རྫས་ཨང་གྲངས།)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Packed (Enter)</source>
            <translation>ཐུམ་རྒྱག་ཟིན། (Enter)</translation>
        </message>
    </context>
    <context>
        <name>ParkedSalesDialog</name>
        <message>
            <location filename="../ui/parked_dialog.py" line="+30" />
            <source>Parked sales</source>
            <translation>གནས་སྐབས་བཞག་པའི་ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{0}  ·  lines: {1}  ·  {2}  ·  {3}  ·  {4}</source>
            <translation>{0}  ·  ཐིག་ཕྲེང་། {1}  ·  {2}  ·  {3}  ·  {4}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No parked sales.</source>
            <translation>གནས་སྐབས་བཞག་པའི་ཉོ་ཚོང་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter recalls the selected sale.</source>
            <translation>Enter མནན་ན་བདམས་པའི་ཉོ་ཚོང་ཕྱིར་ལེན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recall (Enter)</source>
            <translation>ཕྱིར་ལེན། (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Payment</name>
        <message>
            <location filename="../ui/payment_dialog.py" line="+29" />
            <source>Cash 现金</source>
            <translation>དངུལ་དངོས། 现金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay 微信支付</source>
            <translation>ཝེ་ཤིན། 微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay 支付宝</source>
            <translation>ཀྲི་ཧྥུ་པའོ། 支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay 银联卡</source>
            <translation>དངུལ་ཁང་ཁཱ། 银联卡</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location line="+17" />
            <source>Payment</source>
            <translation>དངུལ་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reference (optional), e.g. last digits of the transaction</source>
            <translation>དཔྱད་གཞིའི་ཨང་། (འདེམས་རུང་།) དཔེར་ན། ཉོ་ཚོང་ཨང་གི་མཇུག་གི་ཨང་ཀི་འགའ།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Complete sale (Enter)</source>
            <translation>ཉོ་ཚོང་ལེགས་གྲུབ། (Enter)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Back to sale (Esc)</source>
            <translation>ཉོ་ཚོང་ལ་ཕྱིར་ལོག (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Amount due</source>
            <translation>སྤྲོད་དགོས་པའི་དངུལ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Still to pay</source>
            <translation>ད་དུང་སྤྲོད་དགོས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reference</source>
            <translation>དཔྱད་གཞིའི་ཨང་།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Payments taken</source>
            <translation>བླངས་ཟིན་པའི་དངུལ།</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cash tendered</source>
            <translation>བླངས་པའི་དངུལ་དངོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>དངུལ་འབོར།</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not an amount: {0} (type yuan, e.g. 200 or 12.50)</source>
            <translation>དངུལ་འབོར་མ་རེད། {0} (སྒོར་མོའི་ཐོག་ནས་འབྲི། དཔེར་ན། 200 ཡང་ན་ 12.50)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A {0} payment cannot exceed what is due ({1}).</source>
            <translation>{0} ཡི་དངུལ་སྤྲོད་སྤྲོད་དགོས་པའི་དངུལ་ ({1}) ལས་བརྒལ་མི་ཆོག</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The sale is not stored yet: {0}. The payments are kept — press Enter to try again.</source>
            <translation>ཉོ་ཚོང་ད་དུང་ཉར་ཚགས་མ་བྱུང་། {0}། བླངས་ཟིན་པའི་དངུལ་ཉར་ཡོད། — ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ན་ Enter མནོན།</translation>
        </message>
    </context>
    <context>
        <name>PolicyTab</name>
        <message>
            <location filename="../ui/backoffice/policy.py" line="+53" />
            <source>none (exact to the fen)</source>
            <translation>མེད། (ཕྲན་དངུལ་ཚང་མ།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop the fen: ￥12.37 is paid as ￥12.30</source>
            <translation>ཕྲན་དངུལ་སྐར་མ་འདོར། ￥12.37 ལ་ ￥12.30 སྤྲོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nearest jiao: ￥12.35 is paid as ￥12.40</source>
            <translation>ཞོ་ཉེ་ཤོས། ￥12.35 ལ་ ￥12.40 སྤྲོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash rounding</source>
            <translation>དངུལ་དངོས་སྒྲིལ་ཐབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount limit</source>
            <translation>རིན་ཆག་གི་བརྒྱ་ཆའི་ཚད་བཀག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this share of what it applies to needs a manager.</source>
            <translation>རིན་ཆག་ཐོབ་པའི་རིན་གོང་གི་ཆ་ཚད་འདི་ལས་བརྒལ་ན་དོ་དམ་པ་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discount amount limit</source>
            <translation>རིན་ཆག་གི་དངུལ་འབོར་ཚད་བཀག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A discount above this amount needs a manager.</source>
            <translation>རིན་ཆག་དངུལ་འབོར་འདི་ལས་བརྒལ་ན་དོ་དམ་པ་དགོས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Idle lock</source>
            <translation>བེད་མེད་ཟྭ་རྒྱག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>min</source>
            <translation>སྐར་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till locks after this many minutes without use (0 = never).</source>
            <translation>བེད་སྤྱོད་མེད་པར་སྐར་མ་འདི་ཙམ་སོང་རྗེས་དངུལ་སྡུད་ས་ཟྭ་རྒྱག (0 = ནམ་ཡང་མིན།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Counter rules</source>
            <translation>ཚོང་ཁྲིའི་སྒྲིག་སྲོལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>These rules apply to every sale at this till. Changing them needs a manager or admin; every change is in the audit log.</source>
            <translation>སྒྲིག་སྲོལ་འདི་དག་དངུལ་སྡུད་ས་འདིའི་ཉོ་ཚོང་རེ་རེར་འཇུག བསྒྱུར་ན་དོ་དམ་པའམ་མ་ལག་དོ་དམ་པ་དགོས། བསྒྱུར་བ་རེ་རེ་ཞིབ་བཤེར་ཟིན་ཐོར་འཁོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>བསྒྱུར་བ་ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Counter rules saved.</source>
            <translation>ཚོང་ཁྲིའི་སྒྲིག་སྲོལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>PrinterPage</name>
        <message>
            <location filename="../ui/setup/pages.py" line="+259" />
            <source>The receipt printer</source>
            <translation>འཛིན་ཤོག་པར་ཆས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where receipts are printed. You can set it later in Settings.</source>
            <translation>འཛིན་ཤོག་པར་འདེབས་ས། རྗེས་སུ་སྒྲིག་འགོད་ནང་སྒྲིག་ཆོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type the printer's address and choose the paper, then print a test page.</source>
            <translation>པར་ཆས་ཀྱི་ཁ་བྱང་འབྲི་ཞིང་ཤོག་བུ་འདེམས། དེ་རྗེས་ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer address</source>
            <translation>པར་ཆས་ཀྱི་ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation>ཤོག་བུ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{0} — {1} dots</source>
            <translation>{0} — ཚེག་ {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a test page</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No receipt printer for now (skip)</source>
            <translation>གནས་སྐབས་འཛིན་ཤོག་པར་ཆས་མེད། (མཆོང་)</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས་བཞིན…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The printer cannot be used: {0}</source>
            <translation>པར་ཆས་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {0}</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="../ui/qt_strings.py" line="+12" />
            <source>OK</source>
            <translation>ཆོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save All</source>
            <translation>ཚང་མ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Yes</source>
            <translation>ཡིན། (&amp;Y)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes to &amp;All</source>
            <translation>ཚང་མ་ཡིན། (&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;No</source>
            <translation>མིན། (&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;o to All</source>
            <translation>ཚང་མ་མིན། (&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abort</source>
            <translation>མཚམས་འཇོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>ཡང་བསྐྱར་ཚོད་ལྟ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ignore</source>
            <translation>སྣང་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard</source>
            <translation>དོར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Help</source>
            <translation>རོགས་རམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>ལག་བསྟར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>བསྐྱར་སྒྲིག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore Defaults</source>
            <translation>སྔོན་སྒྲིག་སླར་གསོ།</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <location filename="../ui/backoffice/receive.py" line="+47" />
            <source>Receive goods</source>
            <translation>ཚོང་ཟོག་ལེན།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Scan, type an SKU (GRAIN-002:12.5 adds 12.5) or search, then Enter</source>
            <translation>བཤེར་བའམ་ཟོག་ཨང་འབྲི་བ། (GRAIN-002:12.5 ཡིས་ 12.5 ཁ་སྣོན་བྱེད།) ཡང་ན་འཚོལ་རྗེས་ Enter མནོན།</translation>
        </message>
        <message>
            <location line="+16" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>གྲངས་འབོར།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery note number, driver, remarks…</source>
            <translation>ཟོག་སྐྱེལ་འཛིན་ཤོག་གི་ཨང་། ཁ་ལོ་བ། མཆན…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receive</source>
            <translation>ཟོག་ལེན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print labels for this receipt</source>
            <translation>ཟོག་ལེན་འདིའི་བྱང་བུ་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From cooperative</source>
            <translation>ཟོག་མཁོ་སྤྲོད་མཉམ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add product</source>
            <translation>ཚོང་ཟོག་ཁ་སྣོན།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lines (click a quantity to change it)</source>
            <translation>ཐིག་ཕྲེང་། (གྲངས་འབོར་བཅོས་ན་དེ་ལ་མནོན།)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Remove {0}</source>
            <translation>{0} སུབ།</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cooperative set to {0}, the supplier of {1}.</source>
            <translation>མཉམ་ལས་ཁང་ {0} ལ་བཀོད་ཟིན། ({1} ཡི་ཟོག་མཁོ་སྤྲོད་པ།)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note: {0} comes from {1}, not from the cooperative chosen.</source>
            <translation>དོ་སྣང་། {0} ནི་ {1} ནས་ཡིན། བདམས་པའི་མཉམ་ལས་ཁང་ནས་མིན།</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No product for “{0}”: {1}</source>
            <translation>“{0}” ལ་མཐུན་པའི་ཚོང་ཟོག་མེད། {1}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Not received — fix the quantities in red: {0}</source>
            <translation>ལེན་མ་ཐུབ། — དམར་པོའི་གྲངས་འབོར་བཅོས། {0}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not received: {0}</source>
            <translation>ལེན་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received as {0}.</source>
            <translation>ལེན་ཟིན། ཨང་གྲངས་ {0}</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+93" />
            <location filename="../ui/refund_dialog/lines.py" line="-129" />
            <source>Refund</source>
            <translation>དངུལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Scan the receipt's QR code or type its number, e.g. T01-000123</source>
            <extracomment>the ``RefundableSale`` shown, or ``None`` the last ``CompletedRefund`` made in this dialog, or ``None``</extracomment>
            <translation>འཛིན་ཤོག་གི་ QR བཤེར་བའམ་དེའི་ཨང་གྲངས་འབྲི། དཔེར་ན། T01-000123</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find sale</source>
            <translation>ཉོ་ཚོང་འཚོལ།</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="-3" />
            <source>Product</source>
            <extracomment>the colour of refusals and of a line's amount that cannot be computed</extracomment>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>བཙོངས་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded</source>
            <translation>ཕྱིར་སློག་ཟིན་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refundable</source>
            <translation>ཕྱིར་སློག་ཆོག་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>དངུལ་འབོར།</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+11" />
            <source>Everything refundable (Ctrl+A)</source>
            <translation>ཕྱིར་སློག་ཆོག་པ་ཚང་མ། (Ctrl+A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing</source>
            <translation>གང་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>All in cash</source>
            <translation>ཚང་མ་དངུལ་དངོས་ཐོག</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Put the goods back on the shelf (untick to write them off)</source>
            <translation>ཚོང་ཟོག་སྔར་གྱི་འཇོག་སར་ཕྱིར་འཇོག (རྟགས་ཕྱིར་འཐེན་ན་གྱོང་གུན་དུ་བརྩི།)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why (optional), e.g. damaged, wrong size</source>
            <translation>རྒྱུ་མཚན། (འདེམས་རུང་།) དཔེར་ན། ཆག་སྐྱོན། ཚད་མི་འགྲིག</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Refund (Enter)</source>
            <translation>དངུལ་ཕྱིར་སློག (Enter)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close (Esc)</source>
            <translation>ཁ་རྒྱག (Esc)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Receipt</source>
            <translation>འཛིན་ཤོག</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Money back</source>
            <translation>དངུལ་ཕྱིར་སློག་ཐབས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goods</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="+84" />
            <location line="+69" />
            <location line="+47" />
            <source>Scan the receipt's QR code or type its number first.</source>
            <translation>སྔོན་ལ་འཛིན་ཤོག་གི་ QR བཤེར་བའམ་དེའི་ཨང་གྲངས་འབྲི།</translation>
        </message>
        <message>
            <location line="-108" />
            <source>The sale cannot be read now: {0}</source>
            <translation>ད་ལྟ་ཉོ་ཚོང་དེ་ཀློག་མི་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sale {0} has been refunded in full — nothing is left to refund.</source>
            <translation>ཉོ་ཚོང་ {0} ཆ་ཚང་ཕྱིར་སློག་ཟིན། — ཕྱིར་སློག་རྒྱུ་གང་ཡང་མ་ལུས།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No sale yet: scan the receipt's QR code or type its number, then Enter.</source>
            <translation>ད་དུང་ཉོ་ཚོང་མེད། འཛིན་ཤོག་གི་ QR བཤེར་བའམ་ཨང་གྲངས་འབྲི་རྗེས་ Enter མནོན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As paid</source>
            <translation>སྔར་སྤྲད་ཐབས་ལྟར།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sale {0} · {1} · total {2}</source>
            <translation>ཉོ་ཚོང་ {0} · {1} · ཁྱོན་བསྡོམས་ {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>left to pay back: {0}</source>
            <translation>ད་དུང་ཕྱིར་སློག་ཆོག་པ། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>As paid ({0})</source>
            <translation>སྔར་སྤྲད་ཐབས་ལྟར། ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>As paid (cash)</source>
            <translation>སྔར་སྤྲད་ཐབས་ལྟར། (དངུལ་དངོས།)</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/lines.py" line="+58" />
            <source>Type the quantity to refund (at most {0})</source>
            <translation>ཕྱིར་སློག་གི་གྲངས་འབོར་འབྲི། (མང་མཐའ་ {0})</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Line {0}: {1}</source>
            <translation>ཐིག་ཕྲེང་ {0}། {1}</translation>
        </message>
        <message>
            <location filename="../ui/refund_dialog/dialog.py" line="+46" />
            <location line="+4" />
            <source>To refund {0}</source>
            <translation>ཕྱིར་སློག་རྒྱུ། {0}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Type the quantities to refund in the Refund column, or press Ctrl+A for everything refundable.</source>
            <translation>“དངུལ་ཕྱིར་སློག” ཞེས་པའི་འོག་ཏུ་ཕྱིར་སློག་གི་གྲངས་འབོར་འབྲི་བའམ། Ctrl+A མནན་ནས་ཕྱིར་སློག་ཆོག་པ་ཚང་མ་འདེམས།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A manager must approve this refund: choose the manager and type their PIN, then Enter.</source>
            <translation>དངུལ་ཕྱིར་སློག་འདིར་དོ་དམ་པའི་ཆོག་མཆན་དགོས། དོ་དམ་པ་འདེམས་ནས་ཁོང་གི་གསང་ཨང་འབྲི་རྗེས་ Enter མནོན།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A manager must approve this refund.</source>
            <translation>དངུལ་ཕྱིར་སློག་འདིར་དོ་དམ་པའི་ཆོག་མཆན་དགོས།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The refund is not stored: {0}. Nothing was refunded — press Enter to try again.</source>
            <translation>དངུལ་ཕྱིར་སློག་ཉར་ཚགས་མ་བྱུང་། {0}། གང་ཡང་ཕྱིར་སློག་བྱས་མེད། — ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ན་ Enter མནོན།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back{2}. Goods {3}.</source>
            <translation>དངུལ་ཕྱིར་སློག་ {0} ཉར་ཚགས་བྱས་ཟིན། ཕྱིར་སློག་ {1}{2}། ཚོང་ཟོག {3}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>back on the shelf</source>
            <translation>སྔར་གྱི་འཇོག་སར་ཕྱིར་བཞག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>written off</source>
            <translation>གྱོང་གུན་དུ་བརྩིས།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sale {0} is now refunded in full.</source>
            <translation>ཉོ་ཚོང་ {0} ད་ཆ་ཚང་ཕྱིར་སློག་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="+109" />
            <source>Today</source>
            <translation>དེ་རིང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>CSV ཕྱིར་འདོན…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Payment method</source>
            <translation>དངུལ་སྤྲོད་ཐབས།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <location line="+1" />
            <location line="+3" />
            <source>Amount</source>
            <translation>དངུལ་འབོར།</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Category</source>
            <translation>དབྱེ་རིགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cooperative</source>
            <translation>མཉམ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quantity</source>
            <translation>གྲངས་འབོར།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Day</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sales by category</source>
            <translation>དབྱེ་རིགས་ལྟར་གྱི་འཚོང་འབབ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Top products</source>
            <translation>འཚོང་ཤོས་ཀྱི་ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By payment method</source>
            <translation>དངུལ་སྤྲོད་ཐབས་ལྟར།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By category</source>
            <translation>དབྱེ་རིགས་ལྟར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By cooperative</source>
            <translation>མཉམ་ལས་ཁང་ལྟར།</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Cash</source>
            <translation>དངུལ་དངོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay</source>
            <translation>ཝེ་ཤིན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>ཀྲི་ཧྥུ་པའོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UnionPay card</source>
            <translation>དངུལ་ཁང་ཁཱ།</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sales: {0} · gross {1} · refunds: {2} ({3}) · &lt;b&gt;net {4}&lt;/b&gt;</source>
            <translation>ཉོ་ཚོང་། {0} · ཁྱོན་འབབ་ {1} · དངུལ་ཕྱིར་སློག {2} ({3}) · &lt;b&gt;དངོས་འབབ་ {4}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Report saved to {0}</source>
            <translation>སྙན་ཞུ་ {0} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export daily report</source>
            <translation>ཉིན་རེའི་སྙན་ཞུ་ཕྱིར་འདོན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ཡིག་ཆ (*.csv)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Report not saved: {0}</source>
            <translation>སྙན་ཞུ་ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <location filename="../ui/delivery/actions.py" line="+120" />
            <source>Return {0}</source>
            <translation>{0} ཕྱིར་ལོག</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put the goods back on the shelf</source>
            <translation>ཚོང་ཟོག་ཕྱིར་སྒྲོམ་ཁྲིའི་ཐོག་ཏུ་འཇོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the goods off (damaged or lost)</source>
            <translation>ཚོང་ཟོག་རྩིས་ནས་སུབ། (ཆག་སྐྱོན་ནམ་བོར་བརླག)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The parcel {0} for {1} came back. The sale {2} is refunded.</source>
            <translation>{1} ལ་སྐྱེལ་བའི་ཐུམ་སྒྲིལ་ {0} ཕྱིར་ལོག་བྱུང་། འཚོང་ཐོ་ {2} ཕྱིར་སློག་བྱེད།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel (Esc)</source>
            <translation>ཕྱིར་འཐེན། (Esc)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take the parcel back (Enter)</source>
            <translation>ཐུམ་སྒྲིལ་ཕྱིར་ལེན། (Enter)</translation>
        </message>
    </context>
    <context>
        <name>SalesChart</name>
        <message>
            <location filename="../ui/backoffice/reports.py" line="-149" />
            <source>No sales on this day</source>
            <translation>ཉིན་འདིར་འཚོང་མེད།</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+47" />
            <source>Settings</source>
            <extracomment>each receipt language named in its own script (what the chooser shows, in any screen language) the receipt language choices offered, in stacking order (a setting not listed is added)</extracomment>
            <translation>སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview (no printer)</source>
            <translation>network://HOST:9100 · usb://VID:PID · serial:///dev/ttyS0?baud=9600 · file:///dev/usb/lp0 · preview (པར་ཆས་མེད།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — {1} dots</source>
            <translation>{0} — ཚེག་ {1}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cut the paper after each receipt</source>
            <translation>འཛིན་ཤོག་རེ་རེའི་རྗེས་སུ་ཤོག་བུ་གཅོད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No cash drawer</source>
            <translation>དངུལ་སྒམ་མེད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 2 (most drawers)</source>
            <translation>Pin 2 (དངུལ་སྒམ་ཕལ་ཆེ་བ།)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pin 5</source>
            <translation>Pin 5</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scripts on receipts and X/Z reports, top to bottom. With all three, names print in all three and the labels in Chinese and English.</source>
            <translation>འཛིན་ཤོག་དང་ X/Z སྙན་ཞུའི་ཐོག་གི་ཡི་གེ། སྟེང་ནས་འོག་གི་གོ་རིམ་ལྟར། རིགས་གསུམ་ཆར་བདམས་ན་མིང་ཡི་གེ་རིགས་གསུམ་གྱིས་པར་འདེབས་ཤིང་། ཁ་ཡིག་རྣམས་རྒྱ་ཡིག་དང་དབྱིན་ཡིག་ཏུ་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Receipt printer</source>
            <translation>འཛིན་ཤོག་པར་ཆས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paper</source>
            <translation>ཤོག་བུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printer model (profile)</source>
            <translation>པར་ཆས་ཀྱི་བཟོ་དབྱིབས། (profile)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cash drawer</source>
            <translation>དངུལ་སྒམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt languages</source>
            <translation>འཛིན་ཤོག་གི་ཡི་གེ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt QR address</source>
            <translation>འཛིན་ཤོག་གི་ QR ཁ་བྱང་།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print a test page</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+18" />
            <source>Test page not printed: {0}</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Printing a test page…</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་པར་འདེབས་བཞིན…</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+3" />
            <source>Not saved: {0}</source>
            <translation>ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
    </context>
    <context>
        <name>SettlementTab</name>
        <message>
            <location filename="../ui/backoffice/settlement.py" line="-125" />
            <source>Preview</source>
            <translation>སྔོན་ལྟ།</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+170" />
            <source>Create settlement</source>
            <translation>རྩིས་སྒྲིལ་བཟོ།</translation>
        </message>
        <message>
            <location line="-163" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sold</source>
            <translation>བཙོངས་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gross</source>
            <translation>འཚོང་འབབ།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+139" />
            <source>Refunds</source>
            <translation>དངུལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="-133" />
            <source>Save statement PDF…</source>
            <translation>རྩིས་ཐོ་ PDF ཉར་ཚགས…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save CSV…</source>
            <translation>CSV ཉར་ཚགས…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cooperative</source>
            <translation>མཉམ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from</source>
            <translation>འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to</source>
            <translation>མཇུག་སྡུད།</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Press Preview to see the settlement.</source>
            <translation>རྩིས་སྒྲིལ་ལྟ་ན་“སྔོན་ལྟ།” མནོན།</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Preview only — nothing is saved until “Create settlement”.</source>
            <translation>སྔོན་ལྟ་ཙམ་ཡིན། — “རྩིས་སྒྲིལ་བཟོ།” མ་མནན་བར་དུ་གང་ཡང་ཉར་ཚགས་མི་བྱེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No unsettled sales of this cooperative in these dates.</source>
            <translation>དུས་ཚིགས་འདིའི་ནང་མཉམ་ལས་ཁང་འདིའི་རྩིས་སྒྲིལ་མ་བྱས་པའི་འཚོང་མེད།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Settlement {0} saved: {1}, {2} – {3}</source>
            <translation>རྩིས་སྒྲིལ་ {0} ཉར་ཚགས་བྱས་ཟིན། {1}། {2} – {3}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved as {0}. Save the statement for the cooperative to sign.</source>
            <translation>{0} ལ་ཉར་ཚགས་བྱས་ཟིན། མཉམ་ལས་ཁང་གིས་མིང་རྟགས་འགོད་ཆེད་རྩིས་ཐོ་ཉར་ཚགས་གྱིས།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CSV saved to {0}</source>
            <translation>CSV {0} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Statement saved to {0}</source>
            <translation>རྩིས་ཐོ་ {0} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Gross sales</source>
            <translation>འཚོང་འབབ་ཁྱོན་བསྡོམས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Commission ({0})</source>
            <translation>ཐོབ་ཆ། ({0})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount due to the cooperative</source>
            <translation>མཉམ་ལས་ཁང་ལ་སྤྲོད་དགོས་པའི་དངུལ།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pay to: {0}</source>
            <translation>དངུལ་ལེན་མཁན། {0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Settle {0} sales of {1} from {2} to {3}: {4} due. These sales are then marked as settled and cannot be settled again. Create it?</source>
            <translation>{1} ཡི་ {2} ནས་ {3} བར་གྱི་འཚོང་ཐེངས་ {0} རྩིས་སྒྲིལ་བྱེད། སྤྲོད་དགོས་པ་ {4}། དེ་རྗེས་འཚོང་དེ་དག་རྩིས་སྒྲིལ་ཟིན་པར་རྟགས་འགོད་ཅིང་ཡང་བསྐྱར་རྩིས་སྒྲིལ་བྱེད་མི་ཆོག བཟོའམ།</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Save statement as PDF</source>
            <translation>རྩིས་ཐོ་ PDF ལ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ (*.pdf)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This version cannot make statement PDFs yet; save the CSV instead.</source>
            <translation>པར་གཞི་འདིས་ད་དུང་རྩིས་ཐོ་ PDF བཟོ་མི་ཐུབ། དེའི་ཚབ་ཏུ་ CSV ཉར་ཚགས་གྱིས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF not saved: {0}</source>
            <translation>PDF ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save settlement as CSV</source>
            <translation>རྩིས་སྒྲིལ་ CSV ལ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ཡིག་ཆ (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>CSV not saved: {0}</source>
            <translation>CSV ཉར་ཚགས་མ་བྱུང་། {0}</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../ui/setup/wizard.py" line="+90" />
            <source>Yarlung POS — setting up this till</source>
            <extracomment>the pages in order, by the names screenshots and tests use</extracomment>
            <translation>Yarlung POS — དངུལ་སྡུད་ས་འདི་སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; Back</source>
            <translation>&lt; ཕྱིར་ལོག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next &gt;</source>
            <translation>མདུན་སྐྱོད། &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finish</source>
            <translation>མཇུག་སྒྲིལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Enrolled with the county office as {0}.</source>
            <translation>རྫོང་གི་ལས་ཁུངས་སུ་ {0} ཐོག་ཐོ་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Working alone as {0}.</source>
            <translation>{0} ཐོག་རང་རྐྱ་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hall: {0}</source>
            <translation>ཚོང་ཁང་། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator: {0} ({1})</source>
            <translation>མ་ལག་དོ་དམ་པ། {0} ({1})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt printer: {0}</source>
            <translation>འཛིན་ཤོག་པར་ཆས། {0}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none for now</source>
            <translation>གནས་སྐབས་མེད།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings could not be saved: {0}</source>
            <translation>སྒྲིག་འགོད་ཉར་ཚགས་བྱེད་མ་ཐུབ། {0}</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialogs</name>
        <message>
            <location filename="../ui/shift_dialogs/common.py" line="+25" />
            <source>Shift {0} was opened on {1} at {2} and is still open. Count the drawer and close it (Z report), then open a new shift for today.</source>
            <extracomment>text colours: refusals and shortages, an exact count, an amount over</extracomment>
            <translation>ལས་རེས་ {0} ནི་ {1} ཆུ་ཚོད་ {2} ལ་ཁ་ཕྱེ་ཡོད་ཅིང་ད་དུང་ཁ་མ་བརྒྱབ། དངུལ་སྒམ་བརྩིས་ནས་ཁ་རྒྱོབ། (Z སྙན་ཞུ།) དེ་ནས་དེ་རིང་གི་ལས་རེས་གསར་པ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Over {0}</source>
            <translation>ལྷག {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Short {0}</source>
            <translation>ཆད། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exact</source>
            <translation>ཏག་ཏག</translation>
        </message>
    </context>
    <context>
        <name>ShiftReportDialog</name>
        <message>
            <location filename="../ui/shift_dialogs/closing.py" line="-287" />
            <source>X report</source>
            <translation>X སྙན་ཞུ།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Refresh</source>
            <translation>གསར་འདོན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Print</source>
            <translation>པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close (Esc)</source>
            <translation>ཁ་རྒྱག (Esc)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Shift {0}: {1} sale(s), {2} refund(s), net {3}; the drawer should hold {4}.</source>
            <translation>ལས་རེས་ {0}། ཉོ་ཚོང་ཐེངས་ {1} དང་དངུལ་ཕྱིར་སློག་ཐེངས་ {2}། དངོས་འབབ་ {3}། དངུལ་སྒམ་ནང་ {4} ཡོད་དགོས།</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No receipt printer is set up (Settings…).</source>
            <translation>འཛིན་ཤོག་པར་ཆས་སྒྲིག་འགོད་བྱས་མེད། (སྒྲིག་འགོད…)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not queued: {0}</source>
            <translation>པར་འདེབས་གྲལ་རིམ་དུ་མ་ཚུད། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing the X report…</source>
            <translation>X སྙན་ཞུ་པར་འདེབས་བཞིན…</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../ui/sign_in.py" line="+31" />
            <source>Till locked</source>
            <translation>དངུལ་སྡུད་ས་ཟྭ་བརྒྱབ་ཡོད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yarlung POS — sign in</source>
            <translation>Yarlung POS — ནང་འཛུལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The till is locked. Sign in to go on — the open sale is kept.</source>
            <translation>དངུལ་སྡུད་ས་ཟྭ་བརྒྱབ་ཡོད། མུ་མཐུད་ན་ནང་འཛུལ་གྱིས། — ད་ལྟའི་ཉོ་ཚོང་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with your PIN.</source>
            <translation>རང་གི་གསང་ཨང་གིས་ནང་འཛུལ་གྱིས།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location line="+47" />
            <source>No users — create one with “yarlung-pos user add”.</source>
            <translation>བེད་སྤྱོད་པ་མེད། — “yarlung-pos user add” བཀོལ་ནས་གསར་བཟོ་བྱོས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type your PIN.</source>
            <translation>རང་གི་གསང་ཨང་འབྲི།</translation>
        </message>
    </context>
    <context>
        <name>StockTab</name>
        <message>
            <location filename="../ui/backoffice/stock.py" line="-245" />
            <source>All products</source>
            <translation>ཚོང་ཟོག་ཚང་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+86" />
            <source>Low stock</source>
            <translation>མཛོད་གྲངས་ཉུང་བ།</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Below zero (sold without stock)</source>
            <translation>ཀླད་ཀོར་ལས་ཉུང་བ། (མཛོད་ཉར་མེད་པར་བཙོངས་པ།)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+196" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="-196" />
            <location line="+222" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="-222" />
            <source>Unit</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Level</source>
            <translation>མཛོད་གྲངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Low at</source>
            <translation>ཉུང་ཚད།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Time</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change</source>
            <translation>འགྱུར་ཚད།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+194" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location line="-193" />
            <source>Source</source>
            <translation>འབྱུང་ཁུངས།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+196" />
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location line="-196" />
            <source>Level after</source>
            <translation>རྗེས་ཀྱི་མཛོད་གྲངས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receive goods…</source>
            <translation>ཚོང་ཟོག་ལེན…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adjust…</source>
            <translation>གྲངས་བཅོས…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set low-stock threshold…</source>
            <translation>མཛོད་གྲངས་ཉུང་ཚད་སྒྲིག…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation>སྟོན།</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Below zero: sold without stock — count it or receive the goods</source>
            <translation>ཀླད་ཀོར་ལས་ཉུང་། མཛོད་ཉར་མེད་པར་བཙོངས། — ཞིབ་བགྲང་བྱེད་པའམ་ཟོག་ལེན་གྱིས།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} products</source>
            <translation>ཚོང་ཟོག་ {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Select a product to see its stock moves.</source>
            <translation>ཚོང་ཟོག་ཅིག་བདམས་ནས་དེའི་མཛོད་ཉར་འགྱུར་ལྡོག་ལ་ལྟོས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock moves of {0} (newest first)</source>
            <translation>{0} ཡི་མཛོད་ཉར་འགྱུར་ལྡོག (གསར་ཤོས་སྔོན་ལ།)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Received</source>
            <translation>ལེན་པ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sale</source>
            <translation>ཉོ་ཚོང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund</source>
            <translation>དངུལ་ཕྱིར་སློག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjustment</source>
            <translation>གྲངས་བཅོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stocktake</source>
            <translation>མཛོད་ཉར་ཞིབ་བགྲང་།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>opening stock (demo)</source>
            <translation>ཐོག་མའི་མཛོད་ཉར། (དཔེ་སྟོན།)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Goods received: {0} ({1} lines).</source>
            <translation>ཟོག་ལེན་ཟིན། {0} (ཐིག་ཕྲེང་ {1})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} adjusted by {1} ({2}); level now {3}.</source>
            <translation>{0} ལ་ {1} གྲངས་བཅོས་བྱས། ({2}) ད་ལྟའི་མཛོད་གྲངས་ {3}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Low-stock threshold of {0} saved.</source>
            <translation>{0} ཡི་མཛོད་གྲངས་ཉུང་ཚད་ཉར་ཚགས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+30" />
            <source>-2 (two broken) or +1 (one found)</source>
            <translation>-2 (གཉིས་ཆག་པ།) ཡང་ན་ +1 (གཅིག་རྙེད་པ།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>— choose a reason —</source>
            <translation>— རྒྱུ་མཚན་འདེམས། —</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Adjust stock</source>
            <translation>མཛོད་གྲངས་བཅོས།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Adjust</source>
            <translation>བཅོས།</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Change (signed)</source>
            <translation>འགྱུར་ཚད། (+/- རྟགས་དང་བཅས།)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Select a product first.</source>
            <translation>སྔོན་ལ་ཚོང་ཟོག་ཅིག་འདེམས།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>empty: no warning</source>
            <translation>སྟོང་པ་ཡིན་ན། ཉེན་བརྡ་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low-stock threshold</source>
            <translation>མཛོད་གྲངས་ཉུང་བའི་ཚད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Warn at or below</source>
            <translation>འདི་དང་འདི་ལས་ཉུང་ན་ཉེན་བརྡ་གཏོང་།</translation>
        </message>
    </context>
    <context>
        <name>StocktakeTab</name>
        <message>
            <location filename="../ui/backoffice/stocktake.py" line="-176" />
            <source>Start count</source>
            <translation>ཞིབ་བགྲང་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SKU</source>
            <translation>ཟོག་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Product</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unit</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>ཡོད་དགོས་པ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Counted</source>
            <translation>བགྲངས་འབོར།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Difference</source>
            <translation>ཁྱད་པར།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Confirm and post differences</source>
            <translation>གཏན་འཁེལ་བྱས་ནས་ཁྱད་པར་ཐོ་འགོད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the counted quantity in the Counted column; each count is saved at once. Products left empty keep their level.</source>
            <translation>“བགྲངས་འབོར།” ཞེས་པའི་འོག་ཏུ་བགྲངས་པའི་གྲངས་འབོར་འབྲི། བགྲངས་འབོར་རེ་རེ་མྱུར་དུ་ཉར་ཚགས་བྱེད། སྟོང་པ་བཞག་པའི་ཚོང་ཟོག་གི་མཛོད་གྲངས་མི་འགྱུར།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Count</source>
            <translation>ཞིབ་བགྲང་ཁྱབ་ཁོངས།</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Count {0} is still open: carry on counting, then confirm.</source>
            <translation>ཞིབ་བགྲང་ {0} ད་དུང་ཁ་ཕྱེ་ཡོད། མུ་མཐུད་དུ་བགྲངས་རྗེས་གཏན་འཁེལ་གྱིས།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Everything</source>
            <translation>ཚང་མ།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No count open.</source>
            <translation>ཞིབ་བགྲང་ཁ་ཕྱེ་མེད།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: {2} of {3} counted</source>
            <translation>{0} — {1}། {3} ལས་ {2} བགྲངས་ཟིན།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{0} — {1}: confirmed</source>
            <translation>{0} — {1}། གཏན་འཁེལ་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>everything</source>
            <translation>ཚང་མ།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Count {0} started: enter what is on the shelf.</source>
            <translation>ཞིབ་བགྲང་ {0} འགོ་ཚུགས་ཟིན། ཚོང་ཟོག་འཇོག་སར་ཡོད་པའི་གྲངས་འབྲི།</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{0} is not on this count.</source>
            <translation>{0} ཞིབ་བགྲང་འདིའི་ནང་མི་འདུག</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{0}: {1} — not saved; correct the red cell.</source>
            <translation>{0}། {1} — ཉར་ཚགས་མ་བྱུང་། དམར་པོའི་རེའུ་མིག་བཅོས།</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{0} confirmed. Differences posted: {1}</source>
            <translation>{0} གཏན་འཁེལ་བྱས་ཟིན། ཐོ་བཀོད་པའི་ཁྱད་པར། {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} confirmed: no differences.</source>
            <translation>{0} གཏན་འཁེལ་བྱས་ཟིན། ཁྱད་པར་མེད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Start a new count</source>
            <translation>ཞིབ་བགྲང་གསར་པ་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count {0} is still open with counts entered. Start a new count anyway? The open one keeps its counts and is not posted.</source>
            <translation>ཞིབ་བགྲང་ {0} ད་དུང་ཁ་ཕྱེ་ཡོད་ལ་བགྲངས་འབོར་ཡང་བཀོད་ཟིན། ཡིན་ནའང་ཞིབ་བགྲང་གསར་པ་འགོ་འཛུགས་སམ། ཁ་ཕྱེ་ཡོད་པ་དེའི་བགྲངས་འབོར་ཉར་ཡོད་ཀྱང་ཐོ་འགོད་མི་བྱེད།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirm count</source>
            <translation>ཞིབ་བགྲང་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} products were not counted; they keep their level. Post the differences now?</source>
            <translation>ཚོང་ཟོག་ {0} བགྲངས་མེད། དེ་དག་གི་མཛོད་གྲངས་མི་འགྱུར། ད་ལྟ་ཁྱད་པར་ཐོ་འགོད་དམ།</translation>
        </message>
    </context>
    <context>
        <name>TillApp</name>
        <message>
            <location filename="../ui/app.py" line="+274" />
            <source>The backup was restored; the database as it was is kept as {0}. The till closes now: start it again.</source>
            <translation>གྲབས་ཉར་སླར་གསོ་བྱས་ཟིན། སྔར་གྱི་གཞི་གྲངས་མཛོད་ {0} ལ་ཉར་ཡོད། ད་ལྟ་དངུལ་སྡུད་ས་སྒོ་རྒྱག་པས་ཡང་བསྐྱར་འགོ་ཚུགས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The backup was not restored ({0}); nothing was changed. The till closes now: start it again.</source>
            <translation>གྲབས་ཉར་སླར་གསོ་མ་ཐུབ། ({0}) ཅི་ཡང་བསྒྱུར་མེད། ད་ལྟ་དངུལ་སྡུད་ས་སྒོ་རྒྱག་པས་ཡང་བསྐྱར་འགོ་ཚུགས།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The settings file has a problem and was not used: {0}</source>
            <translation>སྒྲིག་འགོད་ཡིག་ཆར་དཀའ་ངལ་ཡོད་པས་བེད་སྤྱོད་མ་བྱས། {0}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Settings file problem — no printing</source>
            <translation>སྒྲིག་འགོད་ཡིག་ཆར་དཀའ་ངལ་ཡོད། — པར་འདེབས་མི་ཐུབ།</translation>
        </message>
    </context>
    <context>
        <name>TillCheckout</name>
        <message>
            <location filename="../ui/till/checkout.py" line="+34" />
            <source>Total {0}</source>
            <translation>ཁྱོན་བསྡོམས། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A discount is more than what it applies to now — change it (F7).</source>
            <translation>རིན་ཆག་ཅིག་དེ་འཇུག་ཡུལ་ལས་མང་བ་ཆགས་འདུག — བཟོ་བཅོས་གྱིས། (F7)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Discounts -{0}</source>
            <translation>ཆག་ཡང་། -{0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rounding {0}</source>
            <translation>ཕྲན་དངུལ་སྒྲིལ། {0}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paid so far {0}</source>
            <translation>སྤྲད་ཟིན་པ། {0}</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The sale is empty — scan a product first.</source>
            <translation>ཉོ་ཚོང་སྟོང་པ་རེད། — སྔོན་ལ་ཚོང་ཟོག་བཤེར།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No shift is open — count the float to open one, then take payment.</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད། — གྲབས་ཉར་དངུལ་བགྲངས་ནས་ལས་རེས་འགོ་བཙུགས་རྗེས་དངུལ་ལེན།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A discount no longer fits the sale — change it (F7) first.</source>
            <translation>རིན་ཆག་ཅིག་ཉོ་ཚོང་འདི་དང་མི་མཐུན་པར་གྱུར་འདུག — སྔོན་ལ་བཟོ་བཅོས་གྱིས། (F7)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sale comes to ￥0 — change the discount (F7), or give the goods away as a gift with a stock adjustment.</source>
            <translation>ཉོ་ཚོང་གི་རིན་ ￥0 རེད། — རིན་ཆག་བཟོ་བཅོས་བྱེད་པའམ། (F7) ཡང་ན་མཛོད་གྲངས་བཅོས་ནས་ཚོང་ཟོག་སྐྱེས་ཆར་སྤྲོད།</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <translation>ད་བར་བླངས་པའི་དངུལ་ ({0}) ཉོ་ཚོང་འདིའི་ཆེད་དུ་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The discounts are above the limit now — a manager must approve them.</source>
            <translation>རིན་ཆག་ད་ལྟ་ཚད་ལས་བརྒལ་འདུག — དོ་དམ་པའི་ཆོག་མཆན་དགོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approve discounts of {0} on a sale of {1}.</source>
            <translation>{1} ཡི་ཉོ་ཚོང་ཐོག་རིན་ཆག་ {0} ལ་ཆོག་མཆན་སྤྲོད།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sale {0} complete</source>
            <translation>ཉོ་ཚོང་ {0} ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change {0}</source>
            <translation>ལྷག་མ་ཕྱིར་སྤྲོད། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} stored. Ready for the next customer.</source>
            <translation>ཉོ་ཚོང་ {0} ཉར་ཚགས་བྱས་ཟིན། ཉོ་མཁན་རྗེས་མ་ལ་གྲ་སྒྲིག་ཡོད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock below zero for {0} — please check the shelf.</source>
            <translation>{0} ཡི་མཛོད་གྲངས་ཀླད་ཀོར་ལས་ཉུང་། — ཚོང་ཟོག་འཇོག་ས་ཞིབ་བཤེར་གནང་།</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Receipt preview unavailable: {0}</source>
            <translation>འཛིན་ཤོག་སྔོན་ལྟ་བྱེད་མི་ཐུབ། {0}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no sale to reprint yet.</source>
            <translation>ད་དུང་བསྐྱར་དུ་པར་འདེབས་རྒྱུའི་ཉོ་ཚོང་མེད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No receipt printer is set up — the receipt is shown on screen (Settings…).</source>
            <translation>འཛིན་ཤོག་པར་ཆས་སྒྲིག་འགོད་བྱས་མེད། — འཛིན་ཤོག་བརྙན་ཡོལ་ཐོག་སྟོན། (སྒྲིག་འགོད…)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing a copy of {0}.</source>
            <translation>{0} ཡི་འདྲ་བཤུས་པར་འདེབས་བཞིན།</translation>
        </message>
    </context>
    <context>
        <name>TillCounter</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="-8" />
            <location filename="../ui/till/counter.py" line="+58" />
            <source>cashier</source>
            <translation>དངུལ་སྡུད་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>manager</source>
            <translation>དོ་དམ་པ།</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/till/counter.py" line="+0" />
            <source>admin</source>
            <translation>མ་ལག་དོ་དམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+1" />
            <source>Cashier: {0}</source>
            <translation>དངུལ་སྡུད་པ། {0}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This till was restored from a backup. It sells again once it has synced with the county office, or once a manager has confirmed the receipt numbering (the back office's Backups tab).</source>
            <translation>དངུལ་སྡུད་ས་འདི་གྲབས་ཉར་ནས་སླར་གསོ་བྱས་ཡོད། རྫོང་གི་ལས་ཁུངས་དང་མཉམ་འགྲིག་བྱས་རྗེས་སམ། དོ་དམ་པས་འཛིན་ཤོག་ཨང་རིམ་གཏན་འཁེལ་བྱས་རྗེས་ཡང་བསྐྱར་འཚོང་། (རྒྱབ་ཕྱོགས་དོ་དམ་གྱི་གྲབས་ཉར་ཤོག་ངོས།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No shift is open — count the float to open one.</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད། — གྲབས་ཉར་དངུལ་བགྲངས་ནས་ལས་རེས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift still open</source>
            <translation>ལས་རེས་ད་དུང་ཁ་ཕྱེ་ཡོད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift {0} was opened on {1} by {2} and is still open. Close it now with a Z report, or carry on with it?</source>
            <translation>ལས་རེས་ {0} ནི་ {1} ལ་ {2} ཡིས་ཁ་ཕྱེ་བ་ད་དུང་ཁ་ཕྱེ་ཡོད། ད་ལྟ་ Z སྙན་ཞུ་དང་མཉམ་དུ་མཇུག་སྒྲིལ་ལམ། ཡང་ན་མུ་མཐུད་དུ་བེད་སྤྱོད་བྱེད་དམ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close it (Z report)</source>
            <translation>མཇུག་སྒྲིལ། (Z སྙན་ཞུ།)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Carry on</source>
            <translation>མུ་མཐུད།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shift {0} has been open since {1}.</source>
            <translation>ལས་རེས་ {0} ནི་ {1} ནས་བཟུང་ཁ་ཕྱེ་ཡོད།</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Signed in: {0}</source>
            <translation>ནང་འཛུལ་ཟིན། {0}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The sale is empty — scan a product first.</source>
            <translation>ཉོ་ཚོང་སྟོང་པ་རེད། — སྔོན་ལ་ཚོང་ཟོག་བཤེར།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select a line first (arrow keys).</source>
            <translation>སྔོན་ལ་ཐིག་ཕྲེང་ཞིག་འདེམས། (མདའ་རྟགས་མཐེབ།)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payments were taken for this sale — remove them before changing prices.</source>
            <translation>ཉོ་ཚོང་འདིའི་དངུལ་བླངས་ཟིན། — རིན་གོང་མ་བསྒྱུར་གོང་དེ་དག་སུབ།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Payments were taken for this sale — finish it, or remove them first.</source>
            <translation>ཉོ་ཚོང་འདིའི་དངུལ་བླངས་ཟིན། — ཉོ་ཚོང་མཇུག་སྒྲིལ་བའམ། སྔོན་ལ་དེ་དག་སུབ།</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Finish or park the open sale before recalling another.</source>
            <translation>ཉོ་ཚོང་གཞན་ཕྱིར་མ་ལེན་གོང་ད་ལྟའི་ཉོ་ཚོང་མཇུག་སྒྲིལ་བའམ་གནས་སྐབས་འཇོག</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Payments were taken for this sale — give them back and remove them in the payment window first.</source>
            <translation>ཉོ་ཚོང་འདིའི་དངུལ་བླངས་ཟིན། — སྔོན་ལ་དངུལ་ཕྱིར་སློག་བྱས་ནས་དངུལ་སྤྲོད་སྒེའུ་ཁུང་ནང་སུབ།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel sale</source>
            <translation>ཉོ་ཚོང་མེད་པར་བཟོ།</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Sale parked (lines: {0}, {1}). F8 with an empty sale lists parked sales.</source>
            <translation>ཉོ་ཚོང་གནས་སྐབས་ཉར་ཟིན། (ཐིག་ཕྲེང་། {0}, {1}) ཉོ་ཚོང་སྟོང་པའི་སྐབས་ F8 མནན་ན་ཉར་བའི་ཉོ་ཚོང་སྟོན།</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Parked sale recalled — lines: {0}.</source>
            <translation>ཉར་བའི་ཉོ་ཚོང་ཕྱིར་བླངས། — ཐིག་ཕྲེང་། {0}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cancel this sale (lines: {0}, {1})?</source>
            <translation>ཉོ་ཚོང་འདི་མེད་པར་བཟོ་འམ། (ཐིག་ཕྲེང་། {0}, {1})</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sale cancelled.</source>
            <translation>ཉོ་ཚོང་མེད་པར་བཟོས་ཟིན།</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No shift is open — open one before refunding.</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད། — དངུལ་ཕྱིར་མ་སློག་གོང་ལས་རེས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refund {0} stored: {1} back.</source>
            <translation>དངུལ་ཕྱིར་སློག་ {0} ཉར་ཚགས་བྱས་ཟིན། ཕྱིར་སློག་ {1}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund {0}</source>
            <translation>དངུལ་ཕྱིར་སློག {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay back {0}</source>
            <translation>ཕྱིར་སྤྲོད། {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A shift is open already.</source>
            <translation>ལས་རེས་སྔོན་ནས་ཁ་ཕྱེ་ཡོད།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift {0} opened with {1}.</source>
            <translation>ལས་རེས་ {0} འགོ་ཚུགས་ཟིན། གྲབས་ཉར་དངུལ་ {1}</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+11" />
            <location line="+10" />
            <source>No shift is open.</source>
            <translation>ལས་རེས་ཁ་ཕྱེ་མེད།</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Cash put into the drawer — logged.</source>
            <translation>དངུལ་དངོས་དངུལ་སྒམ་དུ་བཞག་ཟིན། — ཟིན་ཐོར་བཀོད་ཟིན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cash taken out of the drawer — logged.</source>
            <translation>དངུལ་དངོས་དངུལ་སྒམ་ནས་བླངས་ཟིན། — ཟིན་ཐོར་བཀོད་ཟིན།</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Finish, park or cancel the open sale before closing the shift.</source>
            <translation>ལས་རེས་མ་སྒྲིལ་གོང་ད་ལྟའི་ཉོ་ཚོང་མཇུག་སྒྲིལ་བའམ། གནས་སྐབས་འཇོག་པ། ཡང་ན་མེད་པར་བཟོ།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift closed — Z report {0}.</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ་ཟིན། — Z སྙན་ཞུ། {0}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No cash drawer is set up (Settings…, cash drawer pin).</source>
            <translation>དངུལ་སྒམ་སྒྲིག་འགོད་བྱས་མེད། (སྒྲིག་འགོད…, དངུལ་སྒམ་གྱི་ཁབ།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Opening the cash drawer.</source>
            <translation>དངུལ་སྒམ་ཁ་འབྱེད་བཞིན།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer is set up, so the drawer cannot be opened from the till (the attempt is logged).</source>
            <translation>འཛིན་ཤོག་པར་ཆས་སྒྲིག་འགོད་བྱས་མེད་པས་དངུལ་སྡུད་ས་ནས་དངུལ་སྒམ་ཁ་འབྱེད་མི་ཐུབ། (ཚོད་ལྟ་འདི་ཟིན་ཐོར་བཀོད་ཟིན།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the cash drawer without a sale.</source>
            <translation>ཉོ་ཚོང་མེད་པར་དངུལ་སྒམ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show the audit log.</source>
            <translation>ཞིབ་བཤེར་ཟིན་ཐོ་སྟོན།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Open the back office.</source>
            <translation>རྒྱབ་ཕྱོགས་དོ་དམ་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Change the till's settings.</source>
            <translation>དངུལ་སྡུད་སའི་སྒྲིག་འགོད་བཟོ་བཅོས།</translation>
        </message>
    </context>
    <context>
        <name>TillDelivery</name>
        <message>
            <location filename="../ui/till/delivery.py" line="+110" />
            <source>Payments taken so far ({0}) are kept for this sale.</source>
            <extracomment>the ``DeliveryCreated`` of the last delivery order taken at this till</extracomment>
            <translation>ད་བར་བསྡུས་པའི་དངུལ། ({0}) འཚོང་འདིའི་ཆེད་དུ་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delivery {0}</source>
            <translation>སྐྱེལ་འདྲེན། {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sale {0} — change {1}</source>
            <translation>འཚོང་ཐོ། {0} — ལྷག་མ། {1}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sale {0} stored — delivery {1} is waiting to be packed (Ctrl+D).</source>
            <translation>འཚོང་ཐོ་ {0} ཉར་ཟིན། — སྐྱེལ་འདྲེན་ {1} ཐུམ་རྒྱག་རྒྱུར་སྒུག་བཞིན་ཡོད། (Ctrl+D)</translation>
        </message>
    </context>
    <context>
        <name>TillScan</name>
        <message>
            <location filename="../ui/till/scan.py" line="+92" />
            <source>More products in this category — type to search.</source>
            <extracomment>at most this many search matches in view under the scan field (more: the list scrolls) and at most this part of the window's height, so that the cart stays in view</extracomment>
            <translation>དབྱེ་རིགས་འདིར་ཚོང་ཟོག་གཞན་ཡང་ཡོད། — ཡི་གེ་འབྲི་ནས་འཚོལ།</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Added {0} — {1} × {2}</source>
            <translation>{0} ཁ་སྣོན་བྱས། — {1} × {2}</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+30" />
            <source>{0} — nothing was added.</source>
            <translation>{0} — གང་ཡང་ཁ་སྣོན་མ་བྱས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No product matches “{0}” — nothing was added.</source>
            <translation>“{0}” དང་མཐུན་པའི་ཚོང་ཟོག་མི་འདུག — གང་ཡང་ཁ་སྣོན་མ་བྱས།</translation>
        </message>
        <message>
            <location line="+119" />
            <source>Payments were taken for this sale ({0}) — remove them in the payment window (F12, Delete) before taking goods off the sale.</source>
            <translation>ཉོ་ཚོང་འདིའི་དངུལ་བླངས་ཟིན། ({0}) — ཚོང་ཟོག་མ་ཕུད་གོང་དངུལ་སྤྲོད་སྒེའུ་ཁུང་ནང་དེ་དག་སུབ། (F12, Delete)</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+42" />
            <source>Select a line first (arrow keys).</source>
            <translation>སྔོན་ལ་ཐིག་ཕྲེང་ཞིག་འདེམས། (མདའ་རྟགས་མཐེབ།)</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+25" />
            <source>{0}: quantity {1}</source>
            <translation>{0}། གྲངས་འབོར་ {1}</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Select a line first, then type * and the quantity.</source>
            <translation>སྔོན་ལ་ཐིག་ཕྲེང་ཞིག་བདམས་ནས་ * དང་གྲངས་འབོར་འབྲི།</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Removed {0}</source>
            <translation>{0} སུབ་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>TillStatus</name>
        <message>
            <location filename="../ui/till/status.py" line="+35" />
            <source>Retry printing</source>
            <translation>བསྐྱར་དུ་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sync now</source>
            <translation>ད་ལྟ་མཉམ་འགྲིག</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Backup failed — see the tooltip</source>
            <translation>གྲབས་ཉར་མ་ཐུབ། — གསལ་བཤད་ལ་ལྟོས།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up on this PC only: the backup folder is missing (USB stick?)</source>
            <translation>གློག་ཀླད་འདིར་ཁོ་ནར་གྲབས་ཉར་བྱས། གྲབས་ཉར་ཡིག་སྣོད་མི་འདུག (USB ཡིན་ནམ།)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backed up {0}</source>
            <translation>{0} ལ་གྲབས་ཉར་བྱས།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup folder {0} cannot be written: {1}</source>
            <translation>གྲབས་ཉར་ཡིག་སྣོད་ {0} ནང་འབྲི་མི་ཐུབ། {1}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Syncing…</source>
            <translation>མཉམ་འགྲིག་བྱེད་བཞིན…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not connected to the county office</source>
            <translation>རྫོང་གི་ལས་ཁུངས་དང་འབྲེལ་མཐུད་མེད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>never</source>
            <translation>ནམ་ཡང་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+13" />
            <source>Online</source>
            <translation>དྲ་ཐོག</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Offline</source>
            <translation>དྲ་ལམ་མེད།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{0} · {1} waiting · last sync {2}</source>
            <translation>{0} · {1} སྒུག་བཞིན། · མཉམ་འགྲིག་སྔ་མ་ {2}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{0} rejected</source>
            <translation>{0} ངོས་ལེན་མ་བྱས།</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Printer: {0}</source>
            <translation>པར་ཆས། {0}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No receipt printer (preview only)</source>
            <translation>འཛིན་ཤོག་པར་ཆས་མེད། (སྔོན་ལྟ་ཙམ།)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{0} — receipts waiting: {1}</source>
            <translation>{0} — སྒུག་བཞིན་པའི་འཛིན་ཤོག {1}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printing… receipts waiting: {0}</source>
            <translation>པར་འདེབས་བཞིན་པ… སྒུག་བཞིན་པའི་འཛིན་ཤོག {0}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Retrying…</source>
            <translation>བསྐྱར་དུ་ཚོད་ལྟ་བཞིན…</translation>
        </message>
    </context>
    <context>
        <name>TillWindow</name>
        <message>
            <location filename="../ui/till/window.py" line="+60" />
            <location line="+325" />
            <source>Yarlung POS — till {0}</source>
            <extracomment>(QueueState, error or None) from the print worker thread SyncStatus from the sync worker thread BackupStatus from the backup worker thread a manager's approval of the discounts, given at payment, for the next completion only payments taken for the open sale but not yet completing it (kept across Esc)</extracomment>
            <translation>Yarlung POS — དངུལ་སྡུད་ས། {0}</translation>
        </message>
        <message>
            <location line="-278" />
            <source>Scan a barcode or QR label, or type to search (F12 to pay)</source>
            <translation>ཐིག་ཨང་ངམ་ QR བྱང་བུ་བཤེར་བའམ། ཡི་གེ་འབྲི་ནས་འཚོལ། (F12 དངུལ་སྤྲོད།)</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Pay (F12)</source>
            <translation>དངུལ་སྤྲོད། (F12)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove line (Del)</source>
            <translation>ཐིག་ཕྲེང་སུབ། (Del)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Discount (F7)</source>
            <translation>རིན་ཆག (F7)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Park (F8)</source>
            <translation>གནས་སྐབས་འཇོག (F8)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancel sale</source>
            <translation>ཉོ་ཚོང་མེད་པར་བཟོ།</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+2" />
            <source>The last sale's receipt appears here.</source>
            <translation>ཉོ་ཚོང་སྔ་མའི་འཛིན་ཤོག་འདིར་སྟོན།</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Products</source>
            <translation>ཚོང་ཟོག</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reprint (Ctrl+P)</source>
            <translation>བསྐྱར་དུ་པར་འདེབས། (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Print a copy of the last sale's receipt</source>
            <translation>ཉོ་ཚོང་སྔ་མའི་འཛིན་ཤོག་གི་འདྲ་བཤུས་པར་འདེབས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Labels (Ctrl+L)</source>
            <translation>བྱང་བུ། (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back office…</source>
            <translation>རྒྱབ་ཕྱོགས་དོ་དམ…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Settings…</source>
            <translation>སྒྲིག་འགོད…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund (F9)</source>
            <translation>དངུལ་ཕྱིར་སློག (F9)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>For delivery (F10)</source>
            <translation>སྐྱེལ་འདྲེན། (F10)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deliveries (Ctrl+D)</source>
            <translation>སྐྱེལ་འདྲེན་ཐོ། (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift</source>
            <translation>ལས་རེས།</translation>
        </message>
        <message>
            <location line="+3" />
            <source>X report</source>
            <translation>X སྙན་ཞུ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash in…</source>
            <translation>དངུལ་དངོས་ནང་འཇུག…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash out…</source>
            <translation>དངུལ་དངོས་ཕྱིར་འདོན…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close shift (Z report)…</source>
            <translation>ལས་རེས་མཇུག་སྒྲིལ། (Z སྙན་ཞུ།)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open shift…</source>
            <translation>ལས་རེས་འགོ་འཛུགས…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open cash drawer (F6)</source>
            <translation>དངུལ་སྒམ་ཁ་ཕྱེ། (F6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parked sales (F8)</source>
            <translation>གནས་སྐབས་བཞག་པའི་ཉོ་ཚོང་། (F8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit log…</source>
            <translation>ཞིབ་བཤེར་ཟིན་ཐོ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock the till (Ctrl+Shift+L)</source>
            <translation>དངུལ་སྡུད་ས་ཟྭ་རྒྱག (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <location line="-222" />
            <location line="+292" />
            <location line="+10" />
            <source>Till {0} ready</source>
            <translation>དངུལ་སྡུད་ས་ {0} གྲ་སྒྲིག་ཡོད།</translation>
        </message>
        <message>
            <location line="-291" />
            <source>The catalogue is empty. Import one with “yarlung-pos catalogue import FILE.csv”, or start with --demo to try the till.</source>
            <translation>ཚོང་ཟོག་དཀར་ཆག་སྟོང་པ་རེད། “yarlung-pos catalogue import FILE.csv” བཀོལ་ནས་ནང་འདྲེན་བྱེད་པའམ། --demo ཡིས་འགོ་བཙུགས་ནས་ཚོད་ལྟ་གྱིས།</translation>
        </message>
        <message>
            <location line="+319" />
            <source>The language could not be saved: {0}</source>
            <translation>སྐད་ཡིག་ཉར་ཚགས་བྱེད་མ་ཐུབ། {0}</translation>
        </message>
        <message>
            <location filename="../ui/till/counter.py" line="+29" />
            <source>no printer given</source>
            <translation>པར་ཆས་གཏན་འཁེལ་བྱས་མེད།</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Test page sent to {0}.</source>
            <translation>ཚོད་ལྟའི་ཤོག་ངོས་ {0} ལ་བསྐུར་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/till/window.py" line="+7" />
            <source>Sale in progress</source>
            <translation>ཉོ་ཚོང་བྱེད་བཞིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sale with {0} line(s), total {1}, is not paid yet. Close the till and discard it?</source>
            <translation>ཉོ་ཚོང་ཞིག་ (ཐིག་ཕྲེང་ {0}། ཁྱོན་བསྡོམས་ {1}) ད་དུང་དངུལ་སྤྲད་མེད། དངུལ་སྡུད་ས་ཁ་བརྒྱབ་ནས་དེ་དོར་རམ།</translation>
        </message>
    </context>
    <context>
        <name>Units</name>
        <message>
            <location filename="../ui/cart_model.py" line="-79" />
            <source>pc</source>
            <translation>ཁག</translation>
        </message>
        <message>
            <location line="+1" />
            <source>btl</source>
            <translation>ཤེལ་དམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>kg</source>
            <translation>སྤྱི་རྒྱ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jar</source>
            <translation>ཁོག་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bag</source>
            <translation>ཁུག་མ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>box</source>
            <translation>སྒམ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pair</source>
            <translation>ཆ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pack</source>
            <translation>ཐུམ།</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../ui/backoffice/users.py" line="+57" />
            <source>Only an admin adds users, sets PINs, changes roles and (de)activates users; a manager may unlock a user locked out after wrong PINs.</source>
            <translation>མ་ལག་དོ་དམ་པ་ཁོ་ནས་བེད་སྤྱོད་པ་ཁ་སྣོན་དང་། གསང་ཨང་འཇོག་པ། འགན་བསྒྱུར་བ། སྤྱོད་ཆོག་མི་ཆོག་བཟོ་བ་བྱེད། གསང་ཨང་ནོར་ནས་ཟྭ་བརྒྱབ་པའི་བེད་སྤྱོད་པ་དོ་དམ་པས་ཟྭ་འབྱེད་ཆོག</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+140" />
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+142" />
            <source>Login</source>
            <translation>ནང་འཛུལ་མིང་།</translation>
        </message>
        <message>
            <location line="-142" />
            <location line="+144" />
            <location line="+29" />
            <source>Role</source>
            <translation>འགན།</translation>
        </message>
        <message>
            <location line="-173" />
            <source>Active</source>
            <translation>སྤྱོད་བཞིན།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked until</source>
            <translation>ཟྭ་བརྒྱབ་མཚམས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add user…</source>
            <translation>བེད་སྤྱོད་པ་ཁ་སྣོན…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set PIN…</source>
            <translation>གསང་ཨང་འཇོག…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change role…</source>
            <translation>འགན་བསྒྱུར…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock…</source>
            <translation>ཟྭ་འབྱེད…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>yes</source>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Activate…</source>
            <translation>སྤྱོད་ཆོག་བཟོ…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate…</source>
            <translation>སྤྱོད་མི་ཆོག་བཟོ…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{0} can sign in now.</source>
            <translation>{0} ད་ལྟ་ནང་འཛུལ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{0} has a new PIN.</source>
            <translation>{0} ལ་གསང་ཨང་གསར་པ་ཡོད།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is now: {1}.</source>
            <translation>{0} ད་ནི། {1}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} is unlocked.</source>
            <translation>{0} ཟྭ་ཕྱེ་ཟིན།</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{0} can sign in again.</source>
            <translation>{0} ཡང་བསྐྱར་ནང་འཛུལ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{0} can no longer sign in.</source>
            <translation>{0} ད་ནས་ནང་འཛུལ་མི་ཐུབ།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>User</source>
            <translation>བེད་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Select a user first.</source>
            <translation>སྔོན་ལ་བེད་སྤྱོད་པ་གཅིག་འདེམས།</translation>
        </message>
        <message>
            <location line="+20" />
            <source>as shown on screen and receipts</source>
            <translation>བརྙན་ཡོལ་དང་འཛིན་ཤོག་ཐོག་སྟོན་པ་ལྟར།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>lower-case letters and digits, e.g. tashi</source>
            <translation>དབྱིན་ཡིག་ཡི་གེ་ཆུང་བ་དང་ཨང་ཀི དཔེར་ན་ tashi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PIN</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>4 to 8 digits</source>
            <translation>ཨང་ཀི་ 4 ནས་ 8</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+14" />
            <source>PIN again</source>
            <translation>གསང་ཨང་ཡང་བསྐྱར།</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Add user</source>
            <translation>བེད་སྤྱོད་པ་ཁ་སྣོན།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>ཁ་སྣོན།</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New PIN</source>
            <translation>གསང་ཨང་གསར་པ།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A new PIN also lifts a lock-out.</source>
            <translation>གསང་ཨང་གསར་པས་ཟྭ་ཡང་འབྱེད།</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set PIN</source>
            <translation>གསང་ཨང་འཇོག</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Change role</source>
            <translation>འགན་བསྒྱུར།</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unlock user</source>
            <translation>བེད་སྤྱོད་པའི་ཟྭ་འབྱེད།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlock</source>
            <translation>ཟྭ་འབྱེད།</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A deactivated user cannot sign in; their sales and shifts stay as they are.</source>
            <translation>སྤྱོད་མི་ཆོག་པའི་བེད་སྤྱོད་པས་ནང་འཛུལ་མི་ཐུབ། ཁོང་གི་ཉོ་ཚོང་དང་ལས་རེས་ཇི་བཞིན་གནས།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The user can sign in again with their PIN.</source>
            <translation>བེད་སྤྱོད་པ་དེས་རང་གི་གསང་ཨང་གིས་ཡང་བསྐྱར་ནང་འཛུལ་ཐུབ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate user</source>
            <translation>བེད་སྤྱོད་པ་སྤྱོད་ཆོག་བཟོ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate user</source>
            <translation>བེད་སྤྱོད་པ་སྤྱོད་མི་ཆོག་བཟོ།</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activate</source>
            <translation>སྤྱོད་ཆོག་བཟོ།</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivate</source>
            <translation>སྤྱོད་མི་ཆོག་བཟོ།</translation>
        </message>
    </context>
</TS>

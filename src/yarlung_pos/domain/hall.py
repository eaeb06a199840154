"""The service point this till serves: the Yarlung Youxuan exhibition hall, Qonggyai Town.

Shown in the till's header and printed on receipts.  (Tibetan rendering of 优选 "fine
selection" as ལེགས་འདེམས; to be confirmed by the hall's staff.)
"""

HALL_NAME_BO = "ཡར་ཀླུངས་ལེགས་འདེམས།"
HALL_NAME_ZH = "雅砻优选"
HALL_NAME_EN = "Yarlung Youxuan"
HALL_ADDRESS = "琼结县琼结镇 Qonggyai Town, Qonggyai County"

"""The Counter rules tab: cash rounding, the discount limits above which a manager must
approve, and the idle lock (:mod:`yarlung_pos.services.policy`) as a form.  Saving goes
through :meth:`TillService.save_policy`, which decides who may (a manager or admin, or their
approval) and audits the change; a bad value is shown in words and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yarlung_pos.domain.model import DomainError
from yarlung_pos.domain.money import format_fen
from yarlung_pos.domain.pricing import RoundingRule
from yarlung_pos.services.authority import Approval
from yarlung_pos.services.policy import CounterPolicy, load_policy, parse_policy
from yarlung_pos.services.till import TillService
from yarlung_pos.ui.backoffice.approving import ActionApprovalBox
from yarlung_pos.ui.backoffice.common import GREY, no_default_buttons
from yarlung_pos.ui.backoffice.editor import CHOICE, NOTE, Field, RecordEditor
from yarlung_pos.ui.messages import describe


class PolicyTab(QWidget):
    """The counter rules as a form (``roundingCombo``, ``discountLimitPctInput``,
    ``discountLimitInput``, ``idleLockInput``), a manager's approval when the signed-in user
    is a cashier, and ``savePolicyButton``.  :meth:`save` does what the button does."""

    def __init__(self, service: TillService, parent=None):
        super().__init__(parent)
        self.setObjectName("policyTab")
        self.service = service
        self.group = QGroupBox(objectName="policyGroup")
        self.intro = QLabel(objectName="policyIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {GREY};")
        self.box = ActionApprovalBox(service, "policy")
        self.save_button = QPushButton(objectName="savePolicyButton")
        self.save_button.clicked.connect(lambda: self._on_save())
        self.revert_button = QPushButton(objectName="revertPolicyButton")
        self.revert_button.clicked.connect(self.refresh)
        self.group_layout = QHBoxLayout(self.group)  # the form | the approval (side by side: fits 768 px)
        self.editor: RecordEditor | None = None
        self.side = QVBoxLayout()
        self.side.addWidget(self.box)
        self.side.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.group)
        layout.addStretch(1)
        self.retranslate()

    def _fields(self) -> list[Field]:
        rounding = ((self.tr("none (exact to the fen)"), RoundingRule.NONE.value),
                    (self.tr("drop the fen: ￥12.37 is paid as ￥12.30"), RoundingRule.DROP_FEN.value),
                    (self.tr("nearest jiao: ￥12.35 is paid as ￥12.40"), RoundingRule.NEAREST_JIAO.value))
        return [Field("rounding", self.tr("Cash rounding"), "roundingCombo", CHOICE, choices=rounding),
                Field("pct", self.tr("Discount limit"), "discountLimitPctInput", suffix="%"),
                Field("note_pct", self.tr("A discount above this share of what it applies to needs a manager."),
                      kind=NOTE),
                Field("fen", self.tr("Discount amount limit"), "discountLimitInput", suffix="￥"),
                Field("note_fen", self.tr("A discount above this amount needs a manager."), kind=NOTE),
                Field("idle", self.tr("Idle lock"), "idleLockInput", suffix=self.tr("min")),
                Field("note_idle", self.tr("The till locks after this many minutes without use (0 = never)."),
                      kind=NOTE)]

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text again in the current language, keeping what is typed."""
        self.group.setTitle(self.tr("Counter rules"))
        self.intro.setText(self.tr("These rules apply to every sale at this till. Changing them needs a manager "
                                   "or admin; every change is in the audit log."))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Undo changes"))
        if self.editor is None:
            self.editor = RecordEditor(self._fields(), "policyMessage")
            self.editor.set_buttons([None, self.revert_button, self.save_button])
            tall = int(self.fontMetrics().height() * 2)  # whole Tibetan stacks in the choice
            self.editor.widget("rounding").setMinimumHeight(tall)
            for key in ("note_pct", "note_fen", "note_idle"):
                self.editor.widget(key).setWordWrap(True)
            self.group_layout.addWidget(self.editor, 3)
            self.group_layout.addLayout(self.side, 2)
            no_default_buttons(self)
            self.refresh()
        else:
            self.editor.relabel(self._fields())
            self.message.clear()

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ values
    @property
    def message(self):
        """The message line under the form."""
        return self.editor.message

    def refresh(self) -> None:
        """Show the stored rules (what is typed and not saved goes)."""
        self.show_policy(load_policy(self.service.store))

    def show_policy(self, p: CounterPolicy) -> None:
        """Fill the form with ``p``."""
        self.editor.load({"rounding": p.rounding, "pct": format(p.discount_limit_pct.normalize(), "f"),
                          "fen": format_fen(p.discount_limit_fen, sign=False, group=False),
                          "idle": str(p.idle_lock_min)}, new=False)

    def set_values(self, rounding: str | None = None, pct: str | None = None, amount: str | None = None,
                   idle: str | None = None) -> None:
        """Type values into the form (``None``: leave as is)."""
        self.editor.set_values({k: v for k, v in (("rounding", rounding), ("pct", pct), ("fen", amount),
                                                  ("idle", idle)) if v is not None})

    def policy_typed(self) -> CounterPolicy:
        """The rules as typed; raises ``PolicyError`` for a bad value."""
        v = self.editor.values()
        return parse_policy(v["rounding"], v["pct"], v["fen"], v["idle"])

    def save(self, approval: Approval | None = None) -> CounterPolicy:
        """Save the rules as typed with ``approval`` (``None``: the signed-in user's own
        authority).  Returns the saved policy; raises ``PolicyError`` or
        ``ApprovalRequired`` (shown under the form, the form left as typed)."""
        try:
            policy = self.policy_typed()
            self.service.save_policy(policy, approval)
        except DomainError as exc:
            self.message.say(describe(exc), "error")
            raise
        self.show_policy(policy)
        self.message.say(self.tr("Counter rules saved."), "ok")
        return policy

    def _on_save(self) -> None:
        go, approval = self.box.collect()
        if not go:
            self.message.clear()
            return
        try:
            self.save(approval)
        except DomainError:
            self.box.pin.clear()

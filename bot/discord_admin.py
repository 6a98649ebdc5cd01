"""What Discord admins see of a candidate adapter: the report embed, its chart and Approve / Reject.

Formatting and the persistent buttons only; the decision itself is ChatService's. Sample texts come
from the store (already scrubbed); nothing here is logged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bot.admin_text import clip, decision_line, number, one_line, verdict

if TYPE_CHECKING:
    from bot.discord_bot import KaizenBot

GATE_ID = r"kaizen:gate:(?P<action>approve|reject):(?P<adapter>[0-9A-Za-z_.:-]{1,80})"
CHART_NAME = "report.png"
# Discord's embed limits: title 256, description 4096, field value 1024, 6000 in all.
TITLE_CHARS = 256
FIELD_CHARS = 1024
SAMPLE_PART_CHARS = 240  # four parts per sample field stay under 1024
EMBED_TOTAL = 6000
COLOURS = {None: discord.Colour.gold(), "approved": discord.Colour.green(), "rejected": discord.Colour.red()}


class GateButton(discord.ui.DynamicItem[discord.ui.Button], template=GATE_ID):
    """Approve / Reject under a candidate report. The custom id carries the adapter id, so a report
    sent before a restart can still be decided."""

    STYLES = {
        "approve": ("✅ Approve", discord.ButtonStyle.success),
        "reject": ("❌ Reject", discord.ButtonStyle.danger),
    }

    def __init__(self, action: str, adapter_id: str) -> None:
        label, style = self.STYLES[action]
        super().__init__(
            discord.ui.Button(label=label, style=style, custom_id=f"kaizen:gate:{action}:{adapter_id}")
        )
        self.action = action
        self.adapter_id = adapter_id

    @classmethod
    async def from_custom_id(  # noqa: D102
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> GateButton:
        return cls(match["action"], match["adapter"])

    async def callback(self, interaction: discord.Interaction) -> None:
        """Route the press to the bot that received it."""
        bot: KaizenBot = interaction.client  # type: ignore[assignment]
        await bot.decide_from_button(interaction, self.adapter_id, approve=self.action == "approve")


def decision_view(adapter_id: str) -> discord.ui.View:
    """✅ Approve / ❌ Reject under the report of `adapter_id`.

    Raises ValueError for an id that cannot travel in a custom id (Discord allows 100 characters).
    """
    if not re.fullmatch(GATE_ID, f"kaizen:gate:approve:{adapter_id}"):
        raise ValueError(f"adapter id {adapter_id!r} does not fit in a button")
    view = discord.ui.View(timeout=None)
    for action in GateButton.STYLES:
        view.add_item(GateButton(action, adapter_id))
    return view


def candidate_embed(summary: dict, chart: bool) -> discord.Embed:
    """Key numbers, the gate's reasons and up to three side-by-side samples of a candidate.

    With `chart`, the embed shows the attached `report.png`.
    """
    cand = summary["adapter_id"]
    incumbent = summary.get("incumbent")
    embed = discord.Embed(
        title=clip(f"🧪 New candidate adapter {cand}", TITLE_CHARS),
        description=(
            f"Method: {summary.get('method') or '?'}, {verdict(summary)}.\n"
            f"Compared with: {incumbent or 'the base model'}.\n"
            "Approve to promote it now, or reject it."
        ),
        colour=COLOURS[None],
    )
    fit = summary.get("fit") or {}
    embed.add_field(name="Held-out NLL, candidate", value=number(fit.get("candidate_nll")))
    embed.add_field(name="Held-out NLL, incumbent", value=number(fit.get("incumbent_nll")))
    ci = fit.get("diff_ci")
    if ci and len(ci) == 2:
        embed.add_field(name="Difference, 95% interval", value=f"[{number(ci[0])}, {number(ci[1])}]")
    reasons = summary.get("reasons") or []
    if reasons:
        embed.add_field(
            name="Why", value=clip("\n".join(f"• {r}" for r in reasons), FIELD_CHARS), inline=False
        )
    for i, row in enumerate((summary.get("samples") or [])[:3], 1):
        parts = [
            f"**Prompt:** {_line(row.get('prompt'))}",
            f"**Reference:** {_line(row.get('reference'))}",
            f"**Candidate:** {_line(row.get(cand))}",
            f"**Incumbent:** {_line(row.get(incumbent))}",
        ]
        embed.add_field(name=f"Sample {i} (stored, scrubbed)", value="\n".join(parts), inline=False)
    if chart:
        embed.set_image(url=f"attachment://{CHART_NAME}")
    embed.set_footer(text="Lower NLL is better; the interval is candidate − incumbent.")
    assert len(embed) <= EMBED_TOTAL  # guaranteed by the clips above
    return embed


def decided_embed(report: discord.Embed | None, summary: dict) -> discord.Embed:
    """The report as it reads once decided: who decided what, in the decision's colour."""
    embed = report.copy() if report is not None else candidate_embed(summary, chart=False)
    if embed.description:  # the call to action no longer applies
        embed.description = embed.description.replace("\nApprove to promote it now, or reject it.", "")
    embed.colour = COLOURS.get(summary.get("decision"), COLOURS[None])
    embed.insert_field_at(0, name="Decision", value=decision_line(summary), inline=False)
    return embed


def _line(text: object) -> str:
    """A sample text on one line, clipped so four of them fit in one field."""
    return one_line(text, SAMPLE_PART_CHARS)

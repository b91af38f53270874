"""Pictures drawn on the server as inline SVG: coordinates are worked out here, templates only
place them. Every picture sits next to a text alternative that states the same figures."""

import json
import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from partnership.choices import MilestoneStatus

OUTLINE_FILE = Path(__file__).parent / "geo" / "outline.json"

# Status is shown by shape as well as colour, so it reads in greyscale and for colour-blind readers.
MILESTONE_SHAPES = {
    MilestoneStatus.SCHEDULED: "circle",
    MilestoneStatus.MET: "square",
    MilestoneStatus.PARTIALLY_MET: "diamond",
    MilestoneStatus.NOT_MET: "cross",
}


def marker_path(shape, x, y, size=7):
    """The SVG path of a status marker centred on (x, y)."""
    s = size
    if shape == "square":
        return f"M{x - s:.1f} {y - s:.1f}h{2 * s}v{2 * s}h{-2 * s}z"
    if shape == "diamond":
        return f"M{x:.1f} {y - s - 2:.1f}l{s + 2} {s + 2}l{-s - 2} {s + 2}l{-s - 2} {-s - 2}z"
    if shape == "cross":
        t = s / 2.5
        return (
            f"M{x - s:.1f} {y - s + t:.1f}l{t:.1f} {-t:.1f}l{s - t:.1f} {s - t:.1f}"
            f"l{s - t:.1f} {t - s:.1f}l{t:.1f} {t:.1f}l{t - s:.1f} {s - t:.1f}"
            f"l{s - t:.1f} {s - t:.1f}l{-t:.1f} {t:.1f}l{t - s:.1f} {t - s:.1f}"
            f"l{t - s:.1f} {s - t:.1f}l{-t:.1f} {-t:.1f}l{s - t:.1f} {t - s:.1f}z"
        )
    return f"M{x - s:.1f} {y:.1f}a{s} {s} 0 1 0 {2 * s} 0a{s} {s} 0 1 0 {-2 * s} 0z"


@dataclass(frozen=True)
class TimelineMarker:
    number: int
    x: float
    y: float
    milestone: object
    label_below: bool = False

    @property
    def shape(self):
        return MILESTONE_SHAPES.get(self.milestone.status, "circle")

    @property
    def path(self):
        return marker_path(self.shape, self.x, self.y)

    @property
    def label_y(self):
        """Above the marker, or below it when the previous one is too close to share the space."""
        return self.y + 24 if self.label_below else self.y - 12


@dataclass(frozen=True)
class TimelineRow:
    label: str
    y: float
    markers: tuple


@dataclass(frozen=True)
class Tick:
    x: float
    label: str
    iso: str


class MilestoneTimeline:
    """Milestones placed by due date on one axis; one row per project, numbered in list order."""

    width = 640
    margin = 24
    row_height = 56

    def __init__(self, rows, today):
        """`rows` is [(label, milestones)]; rows without milestones are left out."""
        rows = [(label, list(milestones)) for label, milestones in rows]
        rows = [(label, milestones) for label, milestones in rows if milestones]
        dates = [m.due_date for _label, milestones in rows for m in milestones] + [today]
        self.start = date(min(dates).year, 1, 1)
        self.end = date(max(dates).year + 1, 1, 1)
        self.today = today
        number = 0
        built = []
        for index, (label, milestones) in enumerate(rows):
            y = 40 + index * self.row_height
            markers = []
            for milestone in milestones:
                number += 1
                x = self.x(milestone.due_date)
                crowded = bool(markers) and x - markers[-1].x < 20 and not markers[-1].label_below
                markers.append(TimelineMarker(number, x, y, milestone, crowded))
            built.append(TimelineRow(label, y, tuple(markers)))
        self.rows = tuple(built)
        self.axis_y = 40 + len(built) * self.row_height - 16
        self.height = self.axis_y + 56

    def __bool__(self):
        return bool(self.rows)

    def x(self, day):
        span = (self.end - self.start).days
        usable = self.width - 2 * self.margin
        return round(self.margin + usable * (day - self.start).days / span, 1)

    @property
    def markers(self):
        return [marker for row in self.rows for marker in row.markers]

    @property
    def ticks(self):
        return [
            Tick(self.x(date(year, 1, 1)), str(year), f"{year}")
            for year in range(self.start.year, self.end.year + 1)
        ]

    @property
    def today_x(self):
        return self.x(self.today)

    @property
    def legend(self):
        """(status, label, marker path, label x) of each status, laid out under the axis."""
        step = (self.width - 2 * self.margin) / len(MilestoneStatus.choices)
        entries = []
        for i, (status, label) in enumerate(MilestoneStatus.choices):
            x = self.margin + 8 + i * step
            path = marker_path(MILESTONE_SHAPES[status], x, self.legend_y)
            entries.append((status, label, path, x + 14))
        return entries

    @property
    def legend_y(self):
        return self.axis_y + 40


@dataclass(frozen=True)
class FundingBar:
    label: str
    amount: Decimal
    x: float
    y: float
    width: float
    kind: str  # "granted" or "applied"


@dataclass(frozen=True)
class CurrencyGroup:
    currency: str
    y: float
    bars: tuple


class FundingChart:
    """Granted and applied-for totals as bars, one group per currency, each on its own scale.

    Currencies are never converted or added together, so each group's longest bar is its own
    largest amount.
    """

    width = 640
    label_width = 120
    bar_height = 20
    amount_width = 150

    def __init__(self, totals):
        """`totals` is {currency: {"granted": amount, "applied": amount}} (funding_by_currency)."""
        groups = []
        y = 8
        usable = self.width - self.label_width - self.amount_width
        for currency, amounts in totals.items():
            largest = max(amounts["granted"], amounts["applied"]) or Decimal(1)
            bars = []
            for offset, (kind, label) in enumerate(
                (("granted", _("Granted")), ("applied", _("Applied for")))
            ):
                bar_width = float(amounts[kind] / largest) * usable
                bars.append(
                    FundingBar(
                        label,
                        amounts[kind],
                        self.label_width,
                        y + 22 + offset * (self.bar_height + 6),
                        round(bar_width, 1),
                        kind,
                    )
                )
            groups.append(CurrencyGroup(currency, y + 14, tuple(bars)))
            y += 22 + 2 * (self.bar_height + 6) + 14
        self.groups = tuple(groups)
        self.height = y

    def __bool__(self):
        return bool(self.groups)


@dataclass(frozen=True)
class Projection:
    """Equirectangular, scaled by cos(mid-latitude), fitted to a longitude/latitude box."""

    west: float
    south: float
    east: float
    north: float
    width: float

    @property
    def _scale(self):
        return self.width / ((self.east - self.west) * math.cos(math.radians(self._mid)))

    @property
    def _mid(self):
        return (self.south + self.north) / 2

    @property
    def height(self):
        """Whole units, so outlines rounded to whole units stay inside."""
        return math.ceil((self.north - self.south) * self._scale)

    def point(self, longitude, latitude):
        x = (float(longitude) - self.west) * math.cos(math.radians(self._mid)) * self._scale
        y = (self.north - float(latitude)) * self._scale
        return round(x, 1), round(y, 1)

    def contains(self, longitude, latitude):
        return (
            self.west <= float(longitude) <= self.east
            and self.south <= float(latitude) <= self.north
        )


# The part of Europe the partners are in: western Sweden to the Lviv region and its neighbours.
PARTNER_MAP_PROJECTION = Projection(west=6.0, south=45.5, east=34.0, north=61.5, width=640)


@cache
def outline():
    """The country outlines generated by `manage.py build_map_outline`."""
    return json.loads(OUTLINE_FILE.read_text())


@dataclass(frozen=True)
class MapMarker:
    partner: object
    x: float
    y: float

    @property
    def label_anchor(self):
        """Labels go to the side with room, so they stay inside the picture."""
        return "end" if self.x > PARTNER_MAP_PROJECTION.width * 0.75 else "start"

    @property
    def label_x(self):
        return self.x - 10 if self.label_anchor == "end" else self.x + 10


class PartnerMap:
    """The partners as labelled markers on an outline map; those without a place are not drawn."""

    projection = PARTNER_MAP_PROJECTION

    def __init__(self, partners):
        self.partners = list(partners)
        self.markers = tuple(
            MapMarker(partner, *self.projection.point(partner.longitude, partner.latitude))
            for partner in self.partners
            if partner.has_location
            and self.projection.contains(partner.longitude, partner.latitude)
        )
        data = outline()
        self.countries = data["countries"]
        self.attribution = data["attribution"]
        self.width = self.projection.width
        self.height = self.projection.height

    def __bool__(self):
        return bool(self.markers)


def milestone_rows(projects):
    """Rows for the dashboard's timeline: each project's own milestones, in dashboard order."""
    return [(project.title, project.milestones.all()) for project in projects]

"""The dashboard's projects as open data: a JSON package shaped like OC4IDS, and a CSV of it.

Field names follow OC4IDS 0.9 (the Open Contracting for Infrastructure Data Standard) where it has
one: `id`, `title`, `description`, `status`, `period`, `publicAuthority`, `parties` (with `roles`),
`budget` (with `budgetBreakdown` lines from OCDS's budget breakdown extension), `milestones`,
`locations`. Keys starting with `x_` are this portal's extensions, at any depth; EXTENSIONS below
describes each, and the JSON package repeats it so a reader needs no other document. Two codes
are not in OC4IDS's codelists: the project status "paused" and the party role "partner".

A project and each of its activities are separate records, in the dashboard's order; an activity
names its project in `x_parentId`. Each record lists only its own funding, so adding up every
record counts each funding line once. Amounts are never converted: `budget.amount` is given only
when all granted money is in one currency, and `budget.x_totals` has a total per currency.
Records are in the dashboard's language, with organisations and topics named in it.
"""

import csv
from decimal import Decimal

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from home.models import in_locale_each
from partnership.choices import Currency

OC4IDS_VERSION = "0.9"

EXTENSIONS = {
    "x_language": "The language of the package's texts.",
    "x_extensions": "This list: each extension field by its path in the package.",
    "projects.x_parentId": "For an activity: the id of the project it belongs to.",
    "projects.x_progress": "Progress in percent (null when not reported) and its basis: "
    '"manual" (entered), "activities" (weighted average of the activities), '
    '"milestones" (share of milestones met, a partly met one counting half) or "none".',
    "projects.x_councilDecision": "The council decision behind the project: the motion point "
    "(1-3), the decision date and the diary number.",
    "projects.x_topics": "The portal's topics (themes) of the project, by slug and name.",
    "projects.x_identifiers": "The project's numbers in other systems, e.g. DREAM or ICLD.",
    "projects.x_url": "The project's page on the portal.",
    "projects.budget.x_totals": "Granted and applied-for amounts per currency, never converted.",
    "projects.budget.budgetBreakdown.x_status": 'The funding line\'s status: "applied", '
    '"granted" or "rejected".',
}

MILESTONE_STATUS_CODES = {
    "scheduled": "scheduled",
    "met": "met",
    "partially_met": "partiallyMet",
    "not_met": "notMet",
}

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def project_records(projects, request, locale_id):
    """One OC4IDS-shaped dict per project and activity, in the order the dashboard shows them."""
    pages = [
        (page, parent)
        for project in projects
        for page, parent in ((project, None), *((a, project) for a in project.activities))
    ]
    prefetch_related_objects([page for page, _parent in pages], "external_ids")
    # Organisations, programmes and topics in the dashboard's language: a query per kind at most.
    publishers = in_locale_each(
        [[page.organisation] if page.organisation else [] for page, _parent in pages], locale_id
    )
    partners = in_locale_each([page.partners.all() for page, _parent in pages], locale_id)
    lines = [list(page.funding_lines.all()) for page, _parent in pages]
    funders = in_locale_each([[line.funder for line in group] for group in lines], locale_id)
    programmes = in_locale_each(
        [[line.programme for line in group if line.programme] for group in lines], locale_id
    )
    topics = in_locale_each([page.topics.all() for page, _parent in pages], locale_id)

    records = []
    for number, (page, parent) in enumerate(pages):
        page_programmes = iter(programmes[number])
        funding = [
            (line, funder, next(page_programmes) if line.programme else None)
            for line, funder in zip(lines[number], funders[number], strict=True)
        ]
        records.append(
            project_record(
                page,
                parent,
                request,
                publisher=next(iter(publishers[number]), None),
                partners=partners[number],
                funding=funding,
                topics=topics[number],
            )
        )
    return records


def project_record(page, parent, request, publisher, partners, funding, topics):
    record = {"id": str(page.translation_key)}
    if parent is not None:
        record["x_parentId"] = str(parent.translation_key)
    record.update(
        title=page.title,
        description=page.intro,
        status=page.status,
        period=without_empty(
            {"startDate": iso_date(page.start_date), "endDate": iso_date(page.end_date)}
        ),
    )
    if publisher is not None:
        record["publicAuthority"] = party_reference(publisher)
    record["parties"] = parties(publisher, partners, [funder for _line, funder, _p in funding])
    record["budget"] = budget(funding)
    record["milestones"] = [
        without_empty(
            {
                "id": str(milestone.translation_key),
                "title": milestone.title,
                "dueDate": iso_date(milestone.due_date),
                "status": MILESTONE_STATUS_CODES[milestone.status],
                "dateMet": iso_date(milestone.date_met),
            }
        )
        for milestone in page.milestones.all()
    ]
    record["locations"] = (
        [
            {
                "id": "1",
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(page.longitude), float(page.latitude)],
                },
            }
        ]
        if page.has_location
        else []
    )
    record["x_progress"] = {"percent": page.progress.percent, "basis": page.progress.basis}
    decision = without_empty(
        {
            "motionPoint": page.motion_point,
            "decisionDate": iso_date(page.decision_date),
            "diaryNumber": page.diary_number,
        }
    )
    if decision:
        record["x_councilDecision"] = decision
    record["x_topics"] = [{"id": topic.slug, "name": topic.name} for topic in topics]
    record["x_identifiers"] = [
        {"scheme": external.scheme, "id": external.identifier}
        for external in page.external_ids.all()
    ]
    record["x_url"] = page.get_full_url(request)
    return record


def parties(publisher, partners, funders):
    """Each organisation once, with every role it has in the project."""
    by_id = {}
    roles = [(publisher, "publicAuthority")] if publisher else []
    roles += [(partner, "partner") for partner in partners]
    roles += [(funder, "funder") for funder in funders]
    for organisation, role in roles:
        party = by_id.setdefault(
            str(organisation.translation_key), {**party_reference(organisation), "roles": []}
        )
        if role not in party["roles"]:
            party["roles"].append(role)
    return list(by_id.values())


def party_reference(organisation):
    return {"id": str(organisation.translation_key), "name": organisation.name}


def budget(funding):
    """The funding lines as a budget breakdown, with totals per currency; never converted."""
    totals = {}
    for line, _funder, _programme in funding:
        total = totals.setdefault(
            line.currency, {"granted": Decimal(0), "applied": Decimal(0), "rejected": Decimal(0)}
        )
        total[line.status] += line.amount
    result = {}
    granted = {currency: total["granted"] for currency, total in totals.items() if total["granted"]}
    if len(granted) == 1:
        [(currency, amount)] = granted.items()
        result["amount"] = money(amount, currency)
    result["budgetBreakdown"] = [
        without_empty(
            {
                "id": str(line.translation_key),
                "description": programme.name if programme else None,
                "amount": money(line.amount, line.currency),
                "sourceParty": party_reference(funder),
                "x_status": line.status,
            }
        )
        for line, funder, programme in funding
    ]
    result["x_totals"] = [
        {
            "currency": currency,
            "granted": number(totals[currency]["granted"]),
            "applied": number(totals[currency]["applied"]),
        }
        for currency in sorted(totals)
    ]
    return result


def money(amount, currency):
    return {"amount": number(amount), "currency": currency}


def number(amount):
    """A Decimal as a JSON number: whole amounts as integers, others with their cents."""
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def iso_date(value):
    return value.isoformat() if value else None


def without_empty(values):
    return {key: value for key, value in values.items() if value not in (None, "")}


def project_package(index, records, request):
    """The records as an OC4IDS project package."""
    return {
        "uri": request.build_absolute_uri(),
        "version": OC4IDS_VERSION,
        "publishedDate": timezone.now().isoformat(timespec="seconds"),
        "publisher": {"name": str(settings.WAGTAIL_SITE_NAME), "uri": index.get_full_url(request)},
        "x_language": index.locale.language_code,
        "x_extensions": EXTENSIONS,
        "projects": records,
    }


def json_response(index, projects, request):
    records = project_records(projects, request, index.locale_id)
    return JsonResponse(
        project_package(index, records, request),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )


CSV_COLUMNS = [
    "id",
    "x_parentId",
    "title",
    "description",
    "status",
    "period.startDate",
    "period.endDate",
    "x_progress.percent",
    "publicAuthority.name",
    "parties.partner",
    "parties.funder",
    *(
        f"budget.x_totals.{status}.{currency}"
        for status in ("granted", "applied")
        for currency in Currency.values
    ),
    "budget.budgetBreakdown",
    "milestones",
    "x_councilDecision.motionPoint",
    "x_councilDecision.decisionDate",
    "x_councilDecision.diaryNumber",
    "locations.latitude",
    "locations.longitude",
    "x_topics",
    "x_identifiers",
    "x_url",
]


def csv_cells(record):
    """The record flattened into CSV_COLUMNS, each named after the JSON field it comes from."""
    parties_by_role = {
        role: "; ".join(party["name"] for party in record["parties"] if role in party["roles"])
        for role in ("partner", "funder")
    }
    totals = {total["currency"]: total for total in record["budget"]["x_totals"]}
    decision = record.get("x_councilDecision", {})
    coordinates = record["locations"][0]["geometry"]["coordinates"] if record["locations"] else []
    cells = {
        "id": record["id"],
        "x_parentId": record.get("x_parentId"),
        "title": record["title"],
        "description": record["description"],
        "status": record["status"],
        "period.startDate": record["period"].get("startDate"),
        "period.endDate": record["period"].get("endDate"),
        "x_progress.percent": record["x_progress"]["percent"],
        "publicAuthority.name": record.get("publicAuthority", {}).get("name"),
        "parties.partner": parties_by_role["partner"],
        "parties.funder": parties_by_role["funder"],
        "budget.budgetBreakdown": "; ".join(
            funding_line_text(line) for line in record["budget"]["budgetBreakdown"]
        ),
        "milestones": "; ".join(milestone_text(m) for m in record["milestones"]),
        "x_councilDecision.motionPoint": decision.get("motionPoint"),
        "x_councilDecision.decisionDate": decision.get("decisionDate"),
        "x_councilDecision.diaryNumber": decision.get("diaryNumber"),
        "locations.latitude": coordinates[1] if coordinates else None,
        "locations.longitude": coordinates[0] if coordinates else None,
        "x_topics": "; ".join(topic["name"] for topic in record["x_topics"]),
        "x_identifiers": "; ".join(f"{i['scheme']}: {i['id']}" for i in record["x_identifiers"]),
        "x_url": record["x_url"],
    }
    for status in ("granted", "applied"):
        for currency in Currency.values:
            cells[f"budget.x_totals.{status}.{currency}"] = totals.get(currency, {}).get(status)
    return cells


def funding_line_text(line):
    source = " / ".join(filter(None, (line["sourceParty"]["name"], line.get("description"))))
    amount = line["amount"]
    return f"{source}: {amount['amount']} {amount['currency']} ({line['x_status']})"


def milestone_text(milestone):
    met = f", {milestone['dateMet']}" if "dateMet" in milestone else ""
    return f"{milestone['title']} ({milestone['dueDate']}, {milestone['status']}{met})"


def spreadsheet_safe(value):
    """The cell as text that a spreadsheet shows as it is and never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


def csv_response(index, projects, request):
    """UTF-8 with a byte order mark, so that Excel opens Swedish and Ukrainian text correctly."""
    records = project_records(projects, request, index.locale_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"{index.slug}-{index.locale.language_code}.csv"
    response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    response.write("\ufeff")
    writer = csv.DictWriter(response, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow(
            {name: spreadsheet_safe(value) for name, value in csv_cells(record).items()}
        )
    return response

"""Events as iCalendar (RFC 5545), for "Add to calendar" links and calendar subscriptions.

Times are written in the event's own zone (Europe/Stockholm or Europe/Kyiv) with a VTIMEZONE
for it, so calendar apps get the offset right on both sides of a daylight-saving change.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

PRODUCT_ID = "-//Alingsas-Lviv partnership//Portal//EN"
# How often subscribed calendar apps are asked to fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# Each VTIMEZONE spans a year either side of the events, so it has both summer and winter time
# even for a single event, and stays right for an app that moves an imported event a little.
ZONE_MARGIN = datetime.timedelta(days=366)


def event_calendar(events, request, name=None):
    """A calendar of `events` (EventPages); `name` makes it a subscribable calendar."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", f"{name} – {settings.WAGTAIL_SITE_NAME}")
        calendar.add("x-wr-calname", f"{name} – {settings.WAGTAIL_SITE_NAME}")
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", REFRESH_INTERVAL)
    now = timezone.now()
    events = list(events)
    for page in events:
        calendar.add_component(calendar_event(page, request, now))
    if events:
        calendar.add_missing_timezones(
            first_date=min(page.local_start.date() for page in events) - ZONE_MARGIN,
            last_date=max(page.local_end.date() for page in events) + ZONE_MARGIN,
        )
    return calendar


def calendar_event(page, request, stamp):
    url = page.get_full_url(request)
    event = Event()
    # One UID per event and language: the Swedish and Ukrainian pages are separate entries.
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}")
    event.add("dtstamp", stamp)
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", page.title)
    event.add("description", "\n\n".join(text for text in (page.intro, url) if text))
    event.add("url", url)
    if page.location or page.online_url:
        event.add("location", page.location or page.online_url)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    return event


def calendar_response(calendar, filename=None):
    """The calendar as a download (with a `filename`) or as a feed to subscribe to."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    return response

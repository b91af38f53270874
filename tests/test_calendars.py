"""Events as iCalendar, read back with the icalendar library: one event's "Add to calendar" file
and a language's calendar of upcoming events to subscribe to, in each event's own time zone."""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from news.choices import EventTimeZone
from tests.conftest import translate
from tests.factories import KYIV, STOCKHOLM, EventIndexPageFactory, EventPageFactory

HOUR = datetime.timedelta(hours=1)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def utc_offset(calendar, event, name):
    """The offset of the event's DTSTART or DTEND according to the calendar's own VTIMEZONE."""
    value = event[name]
    [zone] = [tz for tz in calendar.walk("VTIMEZONE") if tz["TZID"] == value.params["TZID"]]
    wall_time = value.dt.replace(tzinfo=None)
    return zone.to_tz(lookup_tzid=False).utcoffset(wall_time)


@pytest.fixture
def events(homes):
    """Kyiv events either side of Ukraine's switch to summer time (31 March 2030), Stockholm
    events either side of Sweden's switch back (27 October 2030), a past event, and events that
    must never be published: a draft, a private one and an unpublished translation."""
    sv_index = EventIndexPageFactory(parent=homes["sv"], title="Evenemang")
    uk_index = translate(sv_index, "uk", title="Події", slug="podii")

    def event(title, start, zone, **fields):
        return EventPageFactory(
            parent=sv_index,
            title=title,
            start=start,
            end=start + 2 * HOUR,
            time_zone=zone,
            **fields,
        )

    visit = event(
        "Studiebesök i Lviv",
        datetime.datetime(2030, 3, 30, 10, 0, tzinfo=KYIV),
        EventTimeZone.KYIV,
        slug="studiebesok",
        intro="Delegationen besöker vattenverket.",
        location="Lvivs rådhus",
    )
    event(
        "Seminarium i Lviv",
        datetime.datetime(2030, 4, 1, 10, 0, tzinfo=KYIV),
        EventTimeZone.KYIV,
    )
    event(
        "Höstmöte i Alingsås",
        datetime.datetime(2030, 10, 26, 18, 0, tzinfo=STOCKHOLM),
        EventTimeZone.STOCKHOLM,
    )
    event(
        "Vintermöte i Alingsås",
        datetime.datetime(2030, 10, 28, 18, 0, tzinfo=STOCKHOLM),
        EventTimeZone.STOCKHOLM,
    )
    event(
        "Möte som varit",
        datetime.datetime(2020, 5, 5, 10, 0, tzinfo=STOCKHOLM),
        EventTimeZone.STOCKHOLM,
        slug="forr",
    )
    event(
        "Utkast till möte",
        datetime.datetime(2030, 5, 5, 10, 0, tzinfo=STOCKHOLM),
        EventTimeZone.STOCKHOLM,
        live=False,
    )
    private = event(
        "Internt möte",
        datetime.datetime(2030, 5, 6, 10, 0, tzinfo=STOCKHOLM),
        EventTimeZone.STOCKHOLM,
        slug="internt",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    translate(visit, "uk", title="Навчальний візит до Львова", slug="vizyt")
    translate(private, "uk", title="Внутрішня зустріч", slug="vnutrishnia", publish=False)
    return {"sv": sv_index, "uk": uk_index, "visit": visit}


def test_an_event_downloads_as_a_calendar_file(client, events):
    response = client.get("/sv/evenemang/studiebesok/calendar/")
    calendar = parse(response)

    assert response["Content-Disposition"] == 'attachment; filename="studiebesok.ics"'
    [event] = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "Studiebesök i Lviv"
    assert event["LOCATION"] == "Lvivs rådhus"
    assert event["URL"] == "http://localhost/sv/evenemang/studiebesok/"
    assert "Delegationen besöker vattenverket." in event["DESCRIPTION"]
    assert event["DTSTART"].params["TZID"] == "Europe/Kyiv"
    assert event.decoded("DTSTART") == datetime.datetime(2030, 3, 30, 10, 0, tzinfo=KYIV)
    assert event.decoded("DTEND") == datetime.datetime(2030, 3, 30, 12, 0, tzinfo=KYIV)
    assert calendar["PRODID"] and calendar["VERSION"] == "2.0"


def test_kyiv_times_keep_their_offset_across_the_march_switch(client, events):
    calendar = parse(client.get("/sv/evenemang/calendar/"))
    by_summary = events_by_summary(calendar)

    before, after = by_summary["Studiebesök i Lviv"], by_summary["Seminarium i Lviv"]
    assert utc_offset(calendar, before, "DTSTART") == 2 * HOUR
    assert utc_offset(calendar, after, "DTSTART") == 3 * HOUR
    assert before.decoded("DTSTART").astimezone(datetime.UTC).hour == 8
    assert after.decoded("DTSTART").astimezone(datetime.UTC).hour == 7


def test_stockholm_times_keep_their_offset_across_the_october_switch(client, events):
    calendar = parse(client.get("/sv/evenemang/calendar/"))
    by_summary = events_by_summary(calendar)

    before, after = by_summary["Höstmöte i Alingsås"], by_summary["Vintermöte i Alingsås"]
    assert utc_offset(calendar, before, "DTSTART") == 2 * HOUR
    assert utc_offset(calendar, after, "DTSTART") == HOUR
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"Europe/Kyiv", "Europe/Stockholm"}


def test_the_calendar_feed_has_only_upcoming_live_public_events_of_its_language(client, events):
    sv_calendar = parse(client.get("/sv/evenemang/calendar/"))
    uk_calendar = parse(client.get("/uk/podii/calendar/"))

    assert sorted(events_by_summary(sv_calendar)) == [
        "Höstmöte i Alingsås",
        "Seminarium i Lviv",
        "Studiebesök i Lviv",
        "Vintermöte i Alingsås",
    ]
    assert list(events_by_summary(uk_calendar)) == ["Навчальний візит до Львова"]
    [uk_event] = uk_calendar.walk("VEVENT")
    assert uk_event["URL"] == "http://localhost/uk/podii/vizyt/"
    assert str(uk_calendar["X-WR-CALNAME"]).startswith("Події – ")


def test_each_language_version_of_an_event_has_its_own_stable_uid(client, events):
    first = parse(client.get("/sv/evenemang/studiebesok/calendar/")).walk("VEVENT")[0]
    again = events_by_summary(parse(client.get("/sv/evenemang/calendar/")))["Studiebesök i Lviv"]
    ukrainian = parse(client.get("/uk/podii/vizyt/calendar/")).walk("VEVENT")[0]

    assert first["UID"] == again["UID"]
    assert first["UID"] != ukrainian["UID"]


def test_private_and_unpublished_events_have_no_calendar_file(client, events):
    private = client.get("/sv/evenemang/internt/calendar/")
    untranslated = client.get("/uk/podii/vnutrishnia/calendar/")

    assert private.status_code == 200  # Wagtail's password form, not the event
    assert not private["Content-Type"].startswith("text/calendar")
    assert "Internt möte" not in private.content.decode()
    assert untranslated.status_code == 404


def test_event_pages_link_to_their_calendar_file_and_the_index_to_the_feed(client, events):
    event_html = client.get("/sv/evenemang/studiebesok/").content.decode()
    past_html = client.get("/sv/evenemang/forr/").content.decode()
    index_html = client.get("/sv/evenemang/").content.decode()

    assert 'href="/sv/evenemang/studiebesok/calendar/"' in event_html
    assert "/calendar/" not in past_html
    assert 'href="/sv/evenemang/calendar/"' in index_html

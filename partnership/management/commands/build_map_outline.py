"""Builds partnership/geo/outline.json, the country outlines behind the partner map.

Input: countries-110m.json from the npm package world-atlas (ISC licence; Natural Earth data,
public domain): `npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz`. The output holds SVG
path strings already projected with PARTNER_MAP_PROJECTION, so pages do no geometry.
"""

import json

from django.core.management.base import BaseCommand

from partnership.charts import OUTLINE_FILE, PARTNER_MAP_PROJECTION

ATTRIBUTION = "Made with Natural Earth (public domain), via world-atlas 2 (ISC)."


def decode_arcs(topology):
    """TopoJSON arcs as lists of (longitude, latitude), undoing the delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def clip(points, inside, intersect):
    """One edge of Sutherland–Hodgman polygon clipping."""
    result = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                result.append(intersect(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(intersect(previous, current))
    return result


def clip_to_box(points, width, height):
    def at_x(edge):
        return lambda a, b: (edge, a[1] + (b[1] - a[1]) * (edge - a[0]) / (b[0] - a[0]))

    def at_y(edge):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (edge - a[1]) / (b[1] - a[1]), edge)

    for inside, intersect in (
        (lambda p: p[0] >= 0, at_x(0)),
        (lambda p: p[0] <= width, at_x(width)),
        (lambda p: p[1] >= 0, at_y(0)),
        (lambda p: p[1] <= height, at_y(height)),
    ):
        points = clip(points, inside, intersect) if points else []
    return points


def path_of(rings):
    """An SVG path in whole units (the map is 640 wide), repeated points dropped."""
    parts = []
    for ring in rings:
        rounded = []
        for x, y in ring:
            point = (round(x), round(y))
            if not rounded or point != rounded[-1]:
                rounded.append(point)
        if len(rounded) >= 3:
            parts.append("M" + "L".join(f"{x} {y}" for x, y in rounded) + "Z")
    return "".join(parts)


class Command(BaseCommand):
    help = "Build the partner map's country outlines from world-atlas countries-110m.json."

    def add_arguments(self, parser):
        parser.add_argument("countries_json", help="world-atlas countries-110m.json")

    def handle(self, countries_json, **options):
        with open(countries_json) as source:
            topology = json.load(source)
        arcs = decode_arcs(topology)
        projection = PARTNER_MAP_PROJECTION
        countries = []
        for geometry in topology["objects"]["countries"]["geometries"]:
            polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs")}
            rings = []
            for polygon in polygons.get(geometry["type"]) or []:
                for ring in polygon:
                    projected = [projection.point(*p) for p in ring_points(ring, arcs)]
                    rings.append(clip_to_box(projected, projection.width, projection.height))
            path = path_of(ring for ring in rings if ring)
            if path:
                countries.append(
                    {"id": geometry["id"], "name": geometry["properties"]["name"], "path": path}
                )
        OUTLINE_FILE.write_text(
            json.dumps(
                {"attribution": ATTRIBUTION, "countries": countries},
                ensure_ascii=False,
                indent=0,
            )
            + "\n"
        )
        self.stdout.write(f"Wrote {len(countries)} countries to {OUTLINE_FILE.name}")

#!/usr/bin/python3
"""Reads the running Rights Desk window the way a screen reader does (AT-SPI, through pyatspi)
and checks the names and roles a blind user depends on. Run by scripts/a11y-atspi.sh, which
starts a private D-Bus session, the accessibility bus, Xvfb and the app."""

import sys
import time

import pyatspi


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    try:
        out.append((node.getRoleName(), node.name or "", node, depth))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception:  # a node can go away while the tree is walked
        pass
    return out


def find_app(timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "rights" in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def click(nodes, role, name):
    for r, n, node, _ in nodes:
        if r == role and n == name:
            action = node.queryAction()
            for i in range(action.nActions):
                action.doAction(i)
                return True
    return False


def main():
    app = find_app(30)
    if app is None:
        print("FAIL: the app did not appear on the accessibility bus")
        return 1
    failures = []
    # AccessKit builds the tree once a client asks; give it a moment.
    deadline = time.time() + 30
    nodes = walk(app)
    while time.time() < deadline and not any(r == "heading" for r, _, _, _ in nodes):
        time.sleep(0.5)
        nodes = walk(app)

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    frames = [n for r, n, _, _ in nodes if r in ("frame", "window")]
    check(any(n == "Rights Desk" for n in frames), f"a window named Rights Desk ({frames})")
    names = {(r, n) for r, n, _, _ in nodes}
    check(("push button", "Clear search") in names or any(n == "Clear search" for _, n, _, _ in nodes),
          "the search's clear button is named Clear search")
    headings = [(n, d) for r, n, _, d in nodes if r == "heading"]
    check(any(n.startswith("1. What is the State Attorney General") for n, _ in headings),
          "the open question is a heading")
    check(any(n == "Who can help" for n, _ in headings), "“Who can help” is a heading")

    # The Directory tab: a table of named rows with column headers.
    check(click(nodes, "push button", "Directory") or click(nodes, "toggle button", "Directory"),
          "the Directory tab can be pressed")
    time.sleep(2)
    nodes = walk(app)
    roles = [r for r, _, _, _ in nodes]
    check("table" in roles, "the contact list is a table")
    check(any(r == "table" and n == "Contacts" for r, n, _, _ in nodes), "named Contacts")
    check(any(r == "column header" and n.startswith("Name") for r, n, _, _ in nodes),
          "its column headers are column headers")
    check(any(r in ("table row", "row") and n == "New Mexico Legal Aid" for r, n, _, _ in nodes),
          "its rows are named by the contact")
    check(any(r in ("table cell", "cell") for r in roles), "its cells are cells")
    combos = [n for r, n, _, _ in nodes if r == "combo box"]
    check("Category" in combos and "County" in combos, f"the filters are named ({combos})")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the accessibility tree (AT-SPI) of Placement Desk's main window and of a referral window
and lists every interactive control that has no name; exits 1 if there is one.

Run it as it is: it starts itself again under Xvfb (1280x800) inside its own D-Bus session with
the AT-SPI bus, starts the program on a demo database with QT_ACCESSIBILITY=1, opens a new
referral window by the "New referral" button's AT-SPI action (no mouse, no xdotool needed) and
walks what is on screen: the tabs in front, not the pages behind them (the offscreen Catch2 test
tests/ui/accessiblenames_test.cpp brings every page to the front).

    scripts/a11y-check.py [--exe build/app/placement-desk] [--db FILE]

Needs python3-pyatspi, at-spi2-core, xvfb and dbus (not run by the tests)."""
import argparse
import os
import subprocess
import sys
import tempfile
import time

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "spin button",
               "text", "entry", "password text", "list", "table", "tree", "tree table", "page tab",
               "menu item", "check menu item", "radio menu item", "slider", "link"}


def outer(args):
    """Starts this script again inside Xvfb and a D-Bus session."""
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--",
           "/usr/bin/python3", os.path.abspath(__file__), "--inner", "--exe", args.exe]
    if args.db:
        cmd += ["--db", args.db]
    return subprocess.call(cmd)


def walk(node, path, found, counted):
    import pyatspi
    try:
        role = node.getRoleName()
        name = (node.name or "").strip()
        states = node.getState()
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = path + [role + (f" '{name}'" if name else "")]
    if role in INTERACTIVE:
        counted[0] += 1
        if not name:
            found.append(" > ".join(here[-4:]))
    if role in ("table", "tree", "tree table", "list"):
        return  # rows and cells are the data shown, named by the table
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), here, found, counted)


def find_app(name, timeout=60):
    import pyatspi
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name in app.name.lower().replace(" ", "-") and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def press_button(root, label):
    """Presses the first showing button whose name is `label` through its AT-SPI action."""
    stack = [root]
    while stack:
        node = stack.pop()
        try:
            if node.getRoleName() == "push button" and node.name.replace("&", "") == label:
                action = node.queryAction()
                action.doAction(0)
                return True
            stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:
            continue
    return False


def inner(args):
    subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1)
    env = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    db = args.db
    if not db:
        db = os.path.join(tempfile.mkdtemp(), "demo.sqlite")
        subprocess.check_call([args.exe, "demo", "--db", db], stdout=subprocess.DEVNULL, env=env)
    program = subprocess.Popen([args.exe, "--db", db, "--tab", "1"], env=env)
    try:
        app = find_app(os.path.basename(args.exe))
        if app is None:
            import pyatspi
            desktop = pyatspi.Registry.getDesktop(0)
            names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
            print(f"a11y-check: the program did not appear on the AT-SPI bus (there: {names})", file=sys.stderr)
            return 2
        time.sleep(3)  # the area in front reads off the GUI thread
        total = 0
        failures = 0
        windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
        results = []
        for window in windows:
            found, counted = [], [0]
            walk(window, [], found, counted)
            results.append(("main window", window, found, counted[0]))
        if not press_button(app, "New referral"):
            print("a11y-check: no 'New referral' button to open a referral window", file=sys.stderr)
            return 2
        time.sleep(3)
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            if window in windows:
                continue
            found, counted = [], [0]
            walk(window, [], found, counted)
            results.append(("referral window", window, found, counted[0]))
        for title, window, found, counted in results:
            print(f"{title} ('{window.name}'): {counted} interactive controls, {len(found)} without a name")
            for line in found:
                print("  unnamed:", line)
            total += counted
            failures += len(found)
        print(f"a11y-check: {total} interactive controls, {failures} without a name")
        return 1 if failures else 0
    finally:
        program.terminate()
        program.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", default=os.path.join(os.path.dirname(__file__), "..", "build", "app",
                                                      "placement-desk"))
    parser.add_argument("--db")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.exe = os.path.abspath(args.exe)
    return inner(args) if args.inner else outer(args)


if __name__ == "__main__":
    sys.exit(main())

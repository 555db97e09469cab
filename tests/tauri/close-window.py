#!/usr/bin/python3
"""Asks the Machi window to close, as a window manager's close button does: a WM_DELETE_WINDOW client message.

(WebDriver's "close window" destroys the window and ends the session instead, which is not what a resident does.)
Usage: close-window.py            close it
       close-window.py --hidden   exit 0 only if no Machi window is visible
(DISPLAY must be set; needs Debian's python3-xlib)
"""
import sys

from Xlib import X, display, protocol


def windows(window):
    for child in window.query_tree().children:
        yield child
        yield from windows(child)


def main():
    d = display.Display()
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    only_check = "--hidden" in sys.argv[1:]
    sent = 0
    for w in windows(d.screen().root):
        try:
            wm_class = w.get_wm_class() or ()
            mapped = w.get_attributes().map_state == X.IsViewable
        except Exception:
            continue
        if any("machi" in c.lower() for c in wm_class) and mapped:
            if only_check:
                sys.exit("close-window: a Machi window is still visible")
            w.send_event(
                protocol.event.ClientMessage(
                    window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
                )
            )
            sent += 1
    d.flush()
    if not sent and not only_check:
        sys.exit("close-window: no visible Machi window")


if __name__ == "__main__":
    main()

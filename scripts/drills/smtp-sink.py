#!/usr/bin/env python3
"""A mail sink for the drills: takes every message on 127.0.0.1:PORT and writes one line per recipient to FILE,
"recipient<TAB>decoded subject". Debian bookworm's Python 3.11 still has smtpd (deprecated, removed in 3.12)."""
import email
import email.header
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402

port, path = int(sys.argv[1]), sys.argv[2]


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
        with open(path, "a", encoding="utf-8") as out:
            for rcpt in rcpttos:
                out.write(f"{rcpt}\t{subject}\n")


Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()

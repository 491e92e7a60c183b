"""gunicorn settings for Upright, read from the environment with defaults for a 2-core box."""

import os

from sitewide.logging import gunicorn_logging

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Sync workers: pages are small and fast, and a worker per usable core (plus one) keeps p99
# low. Count the cores this process may use, not the host's, so containers get it right.
workers = int(os.environ.get("WEB_CONCURRENCY", len(os.sched_getaffinity(0)) + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never take the site down (0: never, as
# bench/pages.py runs it, so a short run measures pages drawn, not workers starting).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = 500
# The control socket would be written to the home folder, which containers may not have.
control_socket_disable = True
# One JSON line per request (method, path, status, bytes, time, the proxy's request id), and
# gunicorn's own messages, on stdout and stderr where the platform collects them.
accesslog = "-"
errorlog = "-"
access_log_format = "%(m)s %(U)s %(s)s"
logconfig_dict = gunicorn_logging()
# Only a proxy on this machine may claim the original scheme and client address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

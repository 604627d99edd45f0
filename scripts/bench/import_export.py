#!/usr/bin/env python3
"""Times the import and export paths against a running LeaguePlan: upload a generated plan document of N items,
open its check page, save it (the background save, polled until done), then export the new plan to Excel and the
demo plan's progress report to Word. Prints one line per step with the median of RUNS runs. Standard library only.
Usage: import_export.py BASE_URL ADMIN_PASSWORD [ITEMS] [RUNS]"""
import html.parser
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE, PASSWORD = sys.argv[1], sys.argv[2]
ITEMS = int(sys.argv[3]) if len(sys.argv) > 3 else 500
RUNS = int(sys.argv[4]) if len(sys.argv) > 4 else 5


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
direct = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def csrf(page):
    return re.search(r'name="_csrf" (?:value|content)="([^"]+)"', page).group(1)


def get(path):
    with browser.open(BASE + path) as response:
        return response.read()


def post(path, data, content_type="application/x-www-form-urlencoded"):
    request = urllib.request.Request(BASE + path, data=data, headers={"Content-Type": content_type})
    try:
        with direct.open(request) as response:
            return response.status, response.headers.get("Location"), response.read()
    except urllib.error.HTTPError as redirect:
        return redirect.code, redirect.headers.get("Location"), b""


class Form(html.parser.HTMLParser):
    """The check page's form fields as a browser would send them (checked boxes, selected options, textareas)."""

    def __init__(self):
        super().__init__()
        self.fields, self.select, self.textarea, self.inside = [], None, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "import-form":
            self.inside = True
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit",):
            if a.get("type") != "checkbox" or "checked" in a:
                self.fields.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self.select = [a.get("name"), None, None]
        elif tag == "option" and self.select is not None:
            if self.select[2] is None:
                self.select[2] = a.get("value", "")
            if "selected" in a:
                self.select[1] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = [a.get("name"), ""]

    def handle_endtag(self, tag):
        if tag == "select" and self.select is not None:
            name, chosen, first = self.select
            self.fields.append((name, chosen if chosen is not None else (first or "")))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "form":
            self.inside = False

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def timed(step):
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


login_page = get("/login").decode()
post("/login", urllib.parse.urlencode({"username": "admin", "password": PASSWORD, "_csrf": csrf(login_page)}).encode())

sections = ["组织建设", "宣传工作", "青少年工作", "志愿服务", "权益维护"]
lines = ["共青团某区委2024年工作要点", "2024年，区团委将围绕中心、服务大局，全面加强和改进团的工作，推动各项任务落实。"]
for s, title in enumerate(sections):
    lines.append("一二三四五"[s] + "、" + title)
    for i in range(1, ITEMS // len(sections) + 1):
        lines.append(f"{i}、开展第{i}项工作，年内组织活动{i}场以上，上半年完成{i}%。")
document = ("\n".join(lines) + "\n").encode("utf-8")

timings = {"upload and read": [], "check page": [], "save (until done)": [], "export.xlsx (new plan)": [],
           "report.docx (demo plan)": []}
sizes = {}
for run in range(RUNS):
    token = csrf(get("/imports/new").decode())
    boundary = "----leagueplan-bench"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + document + f"\r\n--{boundary}--\r\n".encode()
    took, (status, location, _) = timed(lambda: post("/imports/new", body, "multipart/form-data; boundary=" + boundary))
    assert status == 302, status
    timings["upload and read"].append(took)
    import_path = urllib.parse.urlparse(location).path
    took, page = timed(lambda: get(import_path).decode())
    timings["check page"].append(took)
    sizes["check page"] = len(page)
    form = Form()
    form.feed(page)
    fields = form.fields + [("action", "save")]
    sizes["check page fields"] = len(fields)

    def save():
        status, location, _ = post(import_path, urllib.parse.urlencode(fields).encode())
        assert status == 302 and location.endswith("/progress"), (status, location)
        while True:
            state = get(import_path + "/status").decode()
            if '"SAVED"' in state or '"FAILED"' in state:
                return state
            time.sleep(0.05)

    took, state = timed(save)
    assert '"SAVED"' in state, state
    timings["save (until done)"].append(took)
    plan = re.search(r'"plan":"(/plans/\d+)"', state).group(1)
    took, workbook = timed(lambda: get(plan + "/export.xlsx"))
    timings["export.xlsx (new plan)"].append(took)
    sizes["export.xlsx"] = len(workbook)
    took, report = timed(lambda: get("/plans/1/report.docx?period=2023-Q2"))
    timings["report.docx (demo plan)"].append(took)
    sizes["report.docx"] = len(report)

print(f"{ITEMS} items, {RUNS} runs, median (min-max) seconds:")
for step, values in timings.items():
    print(f"  {step:26s} {statistics.median(values):6.3f}  ({min(values):.3f}-{max(values):.3f})")
print("  sizes: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))

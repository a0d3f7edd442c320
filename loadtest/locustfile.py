"""Students answering the seed article's quiz as fast as they can (locust, headless).

Each simulated student logs in as loadtest-NNNN (manage.py create_load_users), starts
an attempt on the seed article and answers every question through the htmx
endpoints, making the requests the browser makes: the next question, the article
beside it (htmx reloads it when a question is shown), the answer, and the article
again with the answer's evidence marked. On purpose, some answers are sent twice at once
(a double click: the same choice, or two different ones) and some earlier answers
are replayed with another choice. Every answer the server acknowledges (the
feedback fragment naming the stored choice) is appended to LOADTEST_ACKS as a JSON
line for `manage.py audit_scores --acknowledged`. See loadtest/README.md.
"""

import itertools
import json
import os
import random
import re

import gevent
from locust import FastHttpUser, constant

SLUG = os.environ.get("LOADTEST_ARTICLE", "syria-manaf-tlas-defection-hard-blow-for-assad")
PASSWORD = os.environ.get("LOADTEST_PASSWORD", "load-newsquiz-dev")
USERS = int(os.environ.get("LOADTEST_USERS", "200"))
DOUBLE_SUBMIT = float(os.environ.get("LOADTEST_DOUBLE_SUBMIT", "0.15"))
REPLAY = float(os.environ.get("LOADTEST_REPLAY", "0.10"))
# One file for the whole run, line-buffered so a killed run keeps what it recorded.
ACKS = open(os.environ.get("LOADTEST_ACKS", "loadtest-acks.jsonl"), "a", buffering=1)

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ANSWER_FORM = re.compile(r'action="/attempts/(\d+)/questions/(\d+)/answer/"')
RADIO = re.compile(r'<input type="radio" name="choice" value="(\d+)"[^>]*id="([^"]+)"')
LABEL = re.compile(r'<label for="([^"]+)">([^<]*)</label>')
YOUR_ANSWER = re.compile(r"Your answer: <strong>([^<]*)</strong>")
ANSWER_NAME = "/attempts/[id]/questions/[id]/answer/"

usernames = (f"loadtest-{n % USERS + 1:04d}" for n in itertools.count())


class Student(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        self.username = next(usernames)
        page = self.client.get("/accounts/login/", name="/accounts/login/").text
        with self.client.post(
            "/accounts/login/",
            data={
                "csrfmiddlewaretoken": CSRF_INPUT.search(page).group(1),
                "username": self.username,
                "password": PASSWORD,
            },
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"login for {self.username} gave {response.status_code}")

    def htmx_headers(self, csrf: str | None = None) -> dict:
        headers = {"HX-Request": "true"}
        if csrf:
            headers["X-CSRFToken"] = csrf
        return headers

    def post_answer(self, question: dict, choice_id: int, name: str = ANSWER_NAME) -> None:
        """POST one answer as htmx does; record what the server says is stored."""
        url = f"/attempts/{question['attempt']}/questions/{question['id']}/answer/"
        with self.client.post(
            url,
            data={"choice": str(choice_id)},
            headers=self.htmx_headers(question["csrf"]),
            name=name,
            catch_response=True,
        ) as response:
            stored = YOUR_ANSWER.search(response.text or "")
            if response.status_code != 200 or stored is None:
                response.failure(f"answer not acknowledged: {response.status_code}")
                return
            text_to_id = {text: cid for cid, text in question["choices"].items()}
            ACKS.write(
                json.dumps(
                    {
                        "attempt": question["attempt"],
                        "question": question["id"],
                        "choice": text_to_id[stored.group(1)],
                        "user": self.username,
                    }
                )
                + "\n"
            )

    def article_beside_quiz(self, attempt_id: int, highlight: bool) -> None:
        """The article text htmx fetches on questionShown / answerRecorded."""
        query = "?highlight=latest" if highlight else ""
        name = "/attempts/[id]/article/" + query
        self.client.get(
            f"/attempts/{attempt_id}/article/{query}", headers=self.htmx_headers(), name=name
        )

    def next_question(self, attempt_id: int) -> dict | None:
        response = self.client.get(
            f"/attempts/{attempt_id}/", headers=self.htmx_headers(), name="/attempts/[id]/"
        )
        if "HX-Redirect" in response.headers:
            return None  # every question answered: htmx is sent to the result page
        form = ANSWER_FORM.search(response.text)
        labels = dict(LABEL.findall(response.text))
        return {
            "attempt": int(form.group(1)),
            "id": int(form.group(2)),
            "csrf": CSRF_INPUT.search(response.text).group(1),
            "choices": {int(v): labels[html_id] for v, html_id in RADIO.findall(response.text)},
        }

    def task_answer_a_whole_quiz(self):
        page = self.client.get(f"/articles/{SLUG}/", name="/articles/[slug]/").text
        response = self.client.post(
            f"/articles/{SLUG}/attempts/",
            data={"csrfmiddlewaretoken": CSRF_INPUT.search(page).group(1)},
            allow_redirects=False,
            name="/articles/[slug]/attempts/",
        )
        attempt_id = int(re.search(r"/attempts/(\d+)/", response.headers["Location"]).group(1))
        answered = []
        while (question := self.next_question(attempt_id)) is not None:
            self.article_beside_quiz(attempt_id, highlight=False)
            choice_ids = list(question["choices"])
            choice = random.choice(choice_ids)
            roll = random.random()
            if roll < DOUBLE_SUBMIT:
                # A double click: two requests at once, the same or different choices.
                other = choice if roll < DOUBLE_SUBMIT / 2 else random.choice(choice_ids)
                gevent.joinall(
                    [
                        gevent.spawn(self.post_answer, question, choice, ANSWER_NAME + " (double)"),
                        gevent.spawn(self.post_answer, question, other, ANSWER_NAME + " (double)"),
                    ]
                )
            else:
                self.post_answer(question, choice)
            self.article_beside_quiz(attempt_id, highlight=True)
            answered.append(question)
            if random.random() < REPLAY:
                earlier = random.choice(answered)
                self.post_answer(
                    earlier, random.choice(list(earlier["choices"])), ANSWER_NAME + " (replay)"
                )
        self.client.get(f"/attempts/{attempt_id}/result/", name="/attempts/[id]/result/")

    tasks = [task_answer_a_whole_quiz]

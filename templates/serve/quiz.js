/* Progressive enhancement for the quiz page: save each answer as it is given, and count down
   the time limit. Without JavaScript the "Save answers" and "Submit" buttons do the same job. */
(function () {
  "use strict";
  var form = document.getElementById("quiz");
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.getElementById("save-status");
  var url = form.getAttribute("data-save-url");
  var csrf = form.querySelector("input[name=csrf]").value;
  var timers = {};
  var pending = 0;

  function say(text, isError) {
    status.textContent = text;
    status.className = "save-status" + (isError ? " error" : "");
  }

  function save(fieldset) {
    var data = new URLSearchParams();
    data.append("csrf", csrf);
    fieldset.querySelectorAll("input, select").forEach(function (el) {
      if (!el.name) { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      data.append(el.name, el.value);
    });
    pending += 1;
    fetch(url, { method: "POST", body: data, credentials: "same-origin",
                 headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        pending -= 1;
        if (res.ok) {
          say("Saved: question " + fieldset.getAttribute("data-number") + ".", false);
        } else {
          say(res.body.error || "Not saved.", true);
        }
      })
      .catch(function () {
        pending -= 1;
        say("Not saved: no connection. Your answer is still on this page; press Save answers later.", true);
      });
  }

  function schedule(fieldset, delay) {
    var key = fieldset.id;
    clearTimeout(timers[key]);
    timers[key] = setTimeout(function () { save(fieldset); }, delay);
  }

  form.addEventListener("change", function (ev) {
    var fs = ev.target.closest("fieldset.question");
    if (fs) { schedule(fs, 50); }
  });
  form.addEventListener("input", function (ev) {
    var fs = ev.target.closest("fieldset.question");
    if (fs && ev.target.type === "text") { schedule(fs, 800); }
  });

  var timer = document.getElementById("timer");
  if (timer) {
    var end = Date.now() + 1000 * parseInt(timer.getAttribute("data-remaining"), 10);
    var value = document.getElementById("timer-value");
    var warned = false;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      value.textContent = Math.floor(left / 60) + " min " + (left % 60) + " s";
      if (left <= 60 && !warned) {
        warned = true;
        timer.classList.add("low");
        say("One minute left.", true);
      }
      if (left <= 0) {
        clearInterval(handle);
        var submit = document.getElementById("submit");
        if (submit) { form.requestSubmit ? form.requestSubmit(submit) : submit.click(); }
      }
    };
    var handle = setInterval(tick, 1000);
    tick();
  }
})();

// The entry page: pseudonym, age, gender, postal code and the rules.
// Server errors come back with `error.field` and are shown next to that field.
import { api, session } from "../api.js";
import { errorText, t } from "../i18n.js";
import { h, langSwitch, withLinks } from "./dom.js";

const FIELD_OF_CODE = {
  pseudonym_invalid: "pseudonym",
  pseudonym_taken: "pseudonym",
  age_too_young: "age",
  age_invalid: "age",
  gender_invalid: "gender",
  postal_code_invalid: "postal_code",
  postal_code_unknown: "postal_code",
};

// `domain/profile.validate_pseudonym`'s format: 3 to 20 letters (accents allowed), digits
// 0-9, "_", "-" or ".", at least one letter.
const PSEUDONYM = /^(?=.*\p{L})[\p{L}0-9_.\-]{3,20}$/u;
const ORDER = ["pseudonym", "age", "postal_code", "gender", "rules"];

export function renderEntry(root, { onEntered, notice }) {
  const fields = {};

  function describe(name) {
    const f = fields[name];
    const ids = [f.hint && f.hint.id, f.err.hidden ? null : f.err.id].filter(Boolean).join(" ");
    for (const input of f.inputs) {
      if (ids) input.setAttribute("aria-describedby", ids);
      else input.removeAttribute("aria-describedby");
    }
  }

  function setError(name, message) {
    const f = fields[name];
    f.err.replaceChildren(...withLinks(message));
    f.err.hidden = !message;
    f.box.classList.toggle("field--invalid", Boolean(message));
    for (const input of f.inputs) {
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    describe(name);
  }

  function register(name, box, inputs, hint) {
    const err = h("p", { class: "field-error", id: `entry-${name}-err`, hidden: true });
    box.append(err);
    fields[name] = { box, inputs, hint, err };
    describe(name);
  }

  function textField(name, type, extra) {
    const id = `entry-${name}`;
    const input = h("input", { id, name, type, required: true, ...extra });
    const hintText = t(`entry.${name}.hint`);
    const hint = hintText ? h("p", { class: "field-hint", id: `${id}-hint`, text: hintText }) : null;
    const box = h("div", { class: "field" }, h("label", { for: id, text: t(`entry.${name}`) }), input, hint);
    register(name, box, [input], hint);
    return box;
  }

  const genderRadios = ["f", "m", "x"].map((g) =>
    h("input", { type: "radio", name: "gender", value: g, id: `entry-gender-${g}` }),
  );
  const genderBox = h(
    "fieldset",
    { class: "field field--choice" },
    h("legend", { text: t("entry.gender") }),
    h(
      "div",
      { class: "choices" },
      genderRadios.map((r) =>
        h("label", { class: "choice", for: r.id }, r, h("span", { text: t(`gender.long.${r.value}`) })),
      ),
    ),
  );
  register("gender", genderBox, genderRadios, null);

  const rulesBox_input = h("input", { type: "checkbox", id: "entry-rules", name: "rules" });
  const rulesBox = h(
    "div",
    { class: "field field--check" },
    h(
      "label",
      { class: "check", for: "entry-rules" },
      rulesBox_input,
      h("span", {}, t("entry.rules.before"), h("a", { href: "/regles", target: "_blank", rel: "noopener", text: t("entry.rules.link") }), t("entry.rules.after")),
    ),
  );
  register("rules", rulesBox, [rulesBox_input], null);

  const formError = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary btn-block", text: t("entry.submit") });

  const form = h(
    "form",
    { class: "entry-form", novalidate: true, "aria-labelledby": "entry-title" },
    h("div", { class: "entry-form-head" }, h("h2", { id: "entry-title", class: "entry-form-title", text: t("entry.title") }), langSwitch()),
    notice ? h("p", { class: "form-notice", role: "status", text: notice }) : null,
    textField("pseudonym", "text", { autocomplete: "nickname", maxlength: 20, spellcheck: "false", autocapitalize: "none" }),
    h(
      "div",
      { class: "field-row" },
      textField("age", "number", { inputmode: "numeric", min: 15, max: 120, step: 1 }),
      textField("postal_code", "text", { inputmode: "numeric", autocomplete: "postal-code", maxlength: 5, pattern: "[0-9]{5}" }),
    ),
    genderBox,
    rulesBox,
    formError,
    submit,
  );

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const name of Object.keys(fields)) setError(name, "");
    formError.hidden = true;
    const data = new FormData(form);
    const pseudonym = String(data.get("pseudonym") || "").trim();
    const ageRaw = String(data.get("age") || "").trim();
    const postal = String(data.get("postal_code") || "").trim();
    const gender = data.get("gender");
    const missing = [];
    if (!pseudonym) missing.push(["pseudonym", t("entry.missing.pseudonym")]);
    if (!ageRaw) missing.push(["age", t("entry.missing.age")]);
    if (!postal) missing.push(["postal_code", t("entry.missing.postal_code")]);
    if (!gender) missing.push(["gender", t("entry.missing.gender")]);
    if (!rulesBox_input.checked) missing.push(["rules", t("entry.missing.rules")]);
    // The form's own checks, so that every field's mistake shows at once (the server
    // checks again and says the rest). Never the minimum age: a refusal must reach the
    // server, which remembers it for 24 hours (issue 5).
    if (pseudonym && !PSEUDONYM.test(pseudonym.normalize("NFC"))) missing.push(["pseudonym", t("err.pseudonym_invalid")]);
    if (ageRaw && !(/^\d{1,3}$/.test(ageRaw) && Number(ageRaw) <= 120)) missing.push(["age", t("err.age_invalid")]);
    if (postal && !/^\d{5}$/.test(postal)) missing.push(["postal_code", t("err.postal_code_invalid")]);
    missing.sort((a, b) => ORDER.indexOf(a[0]) - ORDER.indexOf(b[0]));
    if (missing.length) {
      for (const [name, msg] of missing) setError(name, msg);
      fields[missing[0][0]].inputs[0].focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t("entry.submitting");
    try {
      const age = /^\d+$/.test(ageRaw) ? Number(ageRaw) : ageRaw;
      const res = await api.enter({ pseudonym, age, gender, postal_code: postal });
      session.set(res.token);
      onEntered(res.user);
    } catch (e) {
      const name = (e.field && fields[e.field] && e.field) || FIELD_OF_CODE[e.code];
      const msg = e.code === "network" ? t("err.network") : errorText(e.code, e.serverMessage);
      if (name && fields[name]) {
        setError(name, msg);
        fields[name].inputs[0].focus();
      } else {
        formError.replaceChildren(...withLinks(msg));
        formError.hidden = false;
      }
      submit.disabled = false;
      submit.textContent = t("entry.submit");
    }
  });

  const hero = h(
    "section",
    { class: "entry-hero", "aria-labelledby": "entry-brand" },
    h("p", { class: "brand brand--hero", id: "entry-brand" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Causette"),
    h("h1", { class: "entry-tagline", text: t("entry.tagline") }),
    h("p", { class: "entry-lead", text: t("entry.lead") }),
    h(
      "ul",
      { class: "entry-points" },
      ["entry.point1", "entry.point2", "entry.point3"].map((k) => h("li", { text: t(k) })),
    ),
  );

  root.replaceChildren(
    h(
      "div",
      { class: "entry" },
      h("main", { id: "main", class: "entry-main" }, hero, h("div", { class: "entry-card" }, form)),
      h(
        "footer",
        { class: "entry-footer" },
        h("a", { href: "/regles", text: t("entry.footer.rules") }),
        h("span", { "aria-hidden": "true", text: "·" }),
        h("span", { text: t("entry.footer.help") }),
      ),
    ),
  );
  document.title = t("entry.doctitle");
  if (window.matchMedia("(min-width: 900px)").matches) fields.pseudonym.inputs[0].focus();
}

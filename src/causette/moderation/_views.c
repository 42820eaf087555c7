/*
 * Tier 0's last steps in C (`normalize.py`, from the folded view to `text` and
 * `text_l`), for an ASCII view (the common case): one pass per step over a byte buffer
 * instead of three regular-expression substitutions with Python callbacks.
 *
 * Same result as the Python reference, character for character (tests/moderation/
 * test_views_native.py compares both over the development corpus and random strings).
 * Steps, as in `normalize`:
 *   1. leetspeak undone in every token (run of non-white-space) holding a leet
 *      character (`_LEET_TOKEN`, `_unleet`): not in a token of one character, without a
 *      letter, or that is a number with a short unit (`_MEASURE`); not in a run of two
 *      digits or more at either end of the token; not "@" first; not "!" or "|" first or
 *      last; "1" becomes the placeholder \x01 (read "i" in `text`, "l" in `text_l`);
 *   2. letters stretched three times or more kept once (`_STRETCH`);
 *   3. three or more single letters split by a space or by punctuation with at most one
 *      space on each side are joined, unless all of them are "a", "y" or "o" (`_SPLIT`,
 *      `_rejoin`);
 *   4. runs of white space become one space, none at either end (`str.split`);
 *   5. `text` reads \x01 as "i"; `text_l` as "l" (empty when there is none).
 * White space is what `str.isspace` says of ASCII: \t \n \v \f \r \x1c-\x1f and space.
 *
 * Module `causette.moderation._views`, optional: built by setup.py when a C compiler
 * is present; without it `normalize.py` runs its Python reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#define ONE '\x01'

static inline int is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}
static inline int is_lower(char c) { return c >= 'a' && c <= 'z'; }
static inline int is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int is_alpha(char c) { return is_lower(c) || (c >= 'A' && c <= 'Z'); }
static inline int is_alnum_lower(char c) { return is_lower(c) || is_digit(c); }

static char leet_of(char c) {
    switch (c) {
    case '0': return 'o';
    case '1': return ONE;
    case '3': return 'e';
    case '4': return 'a';
    case '@': return 'a';
    case '5': return 's';
    case '$': return 's';
    case '7': return 't';
    case '!': return 'i';
    case '|': return 'l';
    default: return 0;
    }
}

/* `_MEASURE`: ^\d+[a-z]{1,4}[.,!?]*$ */
static int measure(const char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    while (i < n && is_digit(s[i])) i++;
    if (i == 0) return 0;
    Py_ssize_t letters = 0;
    while (i < n && is_lower(s[i]) && letters < 4) {
        i++;
        letters++;
    }
    if (letters == 0) return 0;
    while (i < n && (s[i] == '.' || s[i] == ',' || s[i] == '!' || s[i] == '?')) i++;
    return i == n;
}

/* Step 1 on one token, in place. */
static void unleet(char *s, Py_ssize_t n) {
    if (n < 2) return;
    int alpha = 0;
    for (Py_ssize_t i = 0; i < n; i++) alpha |= is_alpha(s[i]);
    if (!alpha || measure(s, n)) return;
    /* digit runs of two or more touching either end are numbers ("julie75") */
    Py_ssize_t head = 0, tail = n;
    while (head < n && is_digit(s[head])) head++;
    if (head < 2) head = 0;
    Py_ssize_t k = n;
    while (k > 0 && is_digit(s[k - 1])) k--;
    if (n - k >= 2) tail = k;
    for (Py_ssize_t i = head; i < tail; i++) {
        char c = s[i], mapped = leet_of(c);
        if (!mapped) continue;
        if (c == '@' && i == 0) continue;
        if ((c == '!' || c == '|') && !(i > 0 && i < n - 1)) continue;
        s[i] = mapped;
    }
}

static int has_leet(const char *s, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++)
        if (leet_of(s[i])) return 1;
    return 0;
}

/* Step 2: `out` holds at most n bytes. */
static Py_ssize_t unstretch(const char *s, Py_ssize_t n, char *out) {
    Py_ssize_t len = 0, i = 0;
    while (i < n) {
        Py_ssize_t j = i + 1;
        if (is_lower(s[i]))
            while (j < n && s[j] == s[i]) j++;
        if (j - i >= 3) {
            out[len++] = s[i];
        } else {
            memcpy(out + len, s + i, (size_t)(j - i));
            len += j - i;
        }
        i = j;
    }
    return len;
}

static inline int split_punct(char c) {
    return c == '.' || c == '-' || c == '_' || c == '*' || c == '/' || c == '|' || c == '+' ||
           c == ',' || c == ':';
}

/* A letter at k not followed by a letter or digit: `[a-z](?![a-z0-9])`. */
static inline int lone_letter(const char *s, Py_ssize_t n, Py_ssize_t k) {
    return k < n && is_lower(s[k]) && (k + 1 == n || !is_alnum_lower(s[k + 1]));
}

/* One `(?: ?[P] ?| )[a-z](?![a-z0-9])` at `pos`: its end, or -1 (one path at most). */
static Py_ssize_t split_group(const char *s, Py_ssize_t n, Py_ssize_t pos) {
    if (pos >= n) return -1;
    Py_ssize_t q = pos;
    if (s[q] == ' ' && q + 1 < n && split_punct(s[q + 1])) q++;
    if (split_punct(s[q])) {
        Py_ssize_t r = q + 1;
        if (r < n && s[r] == ' ' && lone_letter(s, n, r + 1)) return r + 2;
        if (lone_letter(s, n, r)) return r + 1;
        return -1;
    }
    if (s[pos] == ' ' && lone_letter(s, n, pos + 1)) return pos + 2;
    return -1;
}

/* Step 3: `out` holds at most n bytes. */
static Py_ssize_t rejoin(const char *s, Py_ssize_t n, char *out) {
    Py_ssize_t len = 0, p = 0;
    while (p < n) {
        if (is_lower(s[p]) && (p == 0 || !is_alnum_lower(s[p - 1]))) {
            Py_ssize_t end = p + 1, groups = 0, next;
            while ((next = split_group(s, n, end)) >= 0) {
                end = next;
                groups++;
            }
            if (groups >= 2) {
                int other = 0;
                for (Py_ssize_t i = p; i < end; i++)
                    if (is_lower(s[i]) && s[i] != 'a' && s[i] != 'y' && s[i] != 'o') other = 1;
                for (Py_ssize_t i = p; i < end; i++)
                    if (!other || is_lower(s[i])) out[len++] = s[i];
                p = end;
                continue;
            }
        }
        out[len++] = s[p++];
    }
    return len;
}

/* Step 4: `out` holds at most n bytes. */
static Py_ssize_t squeeze_spaces(const char *s, Py_ssize_t n, char *out) {
    Py_ssize_t len = 0;
    int gap = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (is_space(s[i])) {
            gap = 1;
            continue;
        }
        if (gap && len > 0) out[len++] = ' ';
        gap = 0;
        out[len++] = s[i];
    }
    return len;
}

static PyObject *views(PyObject *module, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "views() takes a str");
        return NULL;
    }
    if (!PyUnicode_IS_ASCII(arg)) Py_RETURN_NONE;
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    char *a = PyMem_Malloc((size_t)(2 * n + 2));
    if (!a) return PyErr_NoMemory();
    char *b = a + n + 1;
    memcpy(a, PyUnicode_DATA(arg), (size_t)n);
    if (has_leet(a, n)) {
        Py_ssize_t i = 0;
        while (i < n) {
            if (is_space(a[i])) {
                i++;
                continue;
            }
            Py_ssize_t j = i;
            while (j < n && !is_space(a[j])) j++;
            if (has_leet(a + i, j - i)) unleet(a + i, j - i);
            i = j;
        }
    }
    Py_ssize_t len = unstretch(a, n, b);
    len = rejoin(b, len, a);
    len = squeeze_spaces(a, len, b);
    int one = memchr(b, ONE, (size_t)len) != NULL;
    PyObject *text = NULL, *text_l = NULL;
    if (one) {
        for (Py_ssize_t i = 0; i < len; i++) a[i] = b[i] == ONE ? 'l' : b[i];
        text_l = PyUnicode_DecodeASCII(a, len, NULL);
        for (Py_ssize_t i = 0; i < len; i++)
            if (b[i] == ONE) b[i] = 'i';
    } else {
        text_l = PyUnicode_New(0, 127);
    }
    if (text_l) text = PyUnicode_DecodeASCII(b, len, NULL);
    PyMem_Free(a);
    if (!text) {
        Py_XDECREF(text_l);
        return NULL;
    }
    return Py_BuildValue("(NN)", text, text_l);
}

static PyMethodDef methods[] = {
    {"views", views, METH_O,
     "views(view) -> (text, text_l) or None: `normalize`'s steps after folding, for an "
     "ASCII view (None otherwise)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_views", "Tier 0's last steps in C (see normalize.py).", -1, methods,
};

PyMODINIT_FUNC PyInit__views(void) { return PyModule_Create(&module); }

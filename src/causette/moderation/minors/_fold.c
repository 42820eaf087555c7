/*
 * The minors' folding (`minors/fold.py`, `fold`) in C: from a message to its two forms,
 * in one pass per step over a byte buffer instead of case folding, NFKD and five
 * regular-expression passes over Python strings and a Python loop over the words.
 *
 * Same result as the Python reference, character for character (tests/moderation/
 * minors/test_fold_native.py compares both over the development conversations and
 * random strings). Steps, as in `fold.py`:
 *   1. symbols mapped, case and accents folded (through a table of each character's
 *      folding); every run of characters outside [a-z0-9@] becomes one space, none at
 *      either end (`_NOT_WORD`, then split and join): the buffer is ASCII from here on;
 *   2. three or more single letters separated by single spaces are joined
 *      (`_SPACED`: `\b(?:[a-z] ){2,}[a-z]\b`, leftmost, greedy, with its backtracking);
 *   3. `plain`: every run of one repeated letter collapsed (`_REPEAT`);
 *   4. every word holding a letter and a digit has its digits read as letters, unless it
 *      is a number with a unit or an ordinal (`_MIXED`, `_NUMERIC_TOKEN`, `_LEET`);
 *      repeated letters collapsed again (`leet`);
 *   5. each word of `leet` found in the SMS table is replaced by its reading (`_SMS`).
 * Word characters (for `\b`) are [a-z0-9]: `@` and the space are not.
 *
 * Module `causette.moderation.minors._fold`, optional: built by setup.py when a C
 * compiler is present; without it `fold.py` runs its Python reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

static inline int is_letter(char c) { return c >= 'a' && c <= 'z'; }
static inline int is_digit(char c) { return c >= '0' && c <= '9'; }
static inline int is_word(char c) { return is_letter(c) || is_digit(c); }

/* Case and accent folding with step 1: characters outside [a-z0-9] are read through
   `table` (`fold.py`'s `_Lowered`: each character's own folding, symbols mapped, case
   folded, NFKD, combining marks dropped), whose output keeps only [a-z0-9@]; the rest
   separates words. Per character, this is what folding the whole text does: case
   folding is per character, and NFKD's reordering moves only combining marks, which
   are all dropped. Returns the length written to `out`, or -1 with an exception set. */
typedef struct {
    char *data;
    Py_ssize_t len, cap;
} Buffer;

static int put(Buffer *b, const char *s, Py_ssize_t n) {
    if (b->len + n > b->cap) {
        Py_ssize_t cap = (b->len + n) * 2;
        char *grown = PyMem_Realloc(b->data, (size_t)cap);
        if (!grown) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

typedef struct {
    Buffer out;
    int gap; /* a separator was met since the last character kept */
} Squeezed;

static int keep(Squeezed *b, char c) {
    if (b->gap && b->out.len > 0 && put(&b->out, " ", 1) < 0) return -1;
    b->gap = 0;
    return put(&b->out, &c, 1);
}

static int squeeze(PyObject *text, PyObject *table, Squeezed *out) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
            if (keep(out, (char)ch) < 0) return -1;
            continue;
        }
        PyObject *key = PyLong_FromUnsignedLong(ch);
        if (!key) return -1;
        PyObject *folded = PyObject_GetItem(table, key);
        Py_DECREF(key);
        if (!folded) return -1;
        if (!PyUnicode_Check(folded)) {
            Py_DECREF(folded);
            PyErr_SetString(PyExc_TypeError, "the folding table maps characters to strings");
            return -1;
        }
        int fkind = PyUnicode_KIND(folded);
        const void *fdata = PyUnicode_DATA(folded);
        Py_ssize_t fn = PyUnicode_GET_LENGTH(folded);
        for (Py_ssize_t j = 0; j < fn; j++) {
            Py_UCS4 c = PyUnicode_READ(fkind, fdata, j);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@') {
                if (keep(out, (char)c) < 0) {
                    Py_DECREF(folded);
                    return -1;
                }
            } else {
                out->gap = 1;
            }
        }
        Py_DECREF(folded);
    }
    return 0;
}

/* Step 2: `out` holds at most `n` bytes. */
static Py_ssize_t join_spaced(const char *s, Py_ssize_t n, char *out) {
    Py_ssize_t len = 0, p = 0;
    while (p < n) {
        if (is_letter(s[p]) && (p == 0 || !is_word(s[p - 1])) && p + 1 < n && s[p + 1] == ' ') {
            Py_ssize_t q = p, units = 0;
            while (q + 1 < n && is_letter(s[q]) && s[q + 1] == ' ') {
                units++;
                q += 2;
            }
            Py_ssize_t end = -1;
            if (units >= 2 && q < n && is_letter(s[q]) && (q + 1 == n || !is_word(s[q + 1])))
                end = q + 1; /* the greedy units, then a last letter */
            else if (units >= 3)
                end = q - 1; /* one unit given back: its letter is the last one */
            if (end > 0) {
                for (Py_ssize_t i = p; i < end; i += 2) out[len++] = s[i];
                p = end;
                continue;
            }
        }
        out[len++] = s[p++];
    }
    return len;
}

/* Steps 3 and 4's collapse: runs of one repeated letter (not digit) kept once. */
static Py_ssize_t collapse(const char *s, Py_ssize_t n, char *out) {
    Py_ssize_t len = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (len > 0 && is_letter(s[i]) && out[len - 1] == s[i]) continue;
        out[len++] = s[i];
    }
    return len;
}

static const char *const UNITS[] = {"e", "eme", "em", "ieme", "er", "ere", "nd", "nde", "an",
                                    "ans", "h", "k", "min", "mn", "cm", "kg", "km", "x", "eur",
                                    NULL};

/* `_NUMERIC_TOKEN` on a word holding a letter: digits, then exactly one of the units. */
static int numeric_token(const char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    while (i < n && is_digit(s[i])) i++;
    if (i == 0) return 0;
    Py_ssize_t rest = n - i;
    for (const char *const *u = UNITS; *u; u++)
        if ((Py_ssize_t)strlen(*u) == rest && memcmp(s + i, *u, (size_t)rest) == 0) return 1;
    return 0;
}

static char leet_of(char c) {
    switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    default: return c;
    }
}

/* Step 4 (before the collapse), in place: each maximal run of word characters. */
static void deleet(char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_word(s[i])) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        int letters = 0, digits = 0;
        while (j < n && is_word(s[j])) {
            letters |= is_letter(s[j]);
            digits |= is_digit(s[j]);
            j++;
        }
        if (letters && digits && !numeric_token(s + i, j - i))
            for (Py_ssize_t k = i; k < j; k++) s[k] = leet_of(s[k]);
        i = j;
    }
}

/* Step 5: the words of `s` through the SMS table (words longer than `longest` are not
   looked up: no key is that long). */
static PyObject *read_sms(const char *s, Py_ssize_t n, PyObject *sms, Py_ssize_t longest) {
    Buffer out = {PyMem_Malloc((size_t)n + 16), 0, n + 16};
    if (!out.data) return PyErr_NoMemory();
    Py_ssize_t i = 0;
    while (i < n) {
        Py_ssize_t j = i;
        while (j < n && s[j] != ' ') j++;
        const char *word = s + i;
        Py_ssize_t size = j - i;
        if (out.len > 0 && put(&out, " ", 1) < 0) goto fail;
        PyObject *reading = NULL;
        if (size <= longest) {
            PyObject *key = PyUnicode_FromStringAndSize(word, size);
            if (!key) goto fail;
            reading = PyDict_GetItemWithError(sms, key); /* borrowed */
            Py_DECREF(key);
            if (!reading && PyErr_Occurred()) goto fail;
        }
        if (reading && PyUnicode_Check(reading) && PyUnicode_IS_ASCII(reading)) {
            if (put(&out, (const char *)PyUnicode_DATA(reading), PyUnicode_GET_LENGTH(reading)) < 0)
                goto fail;
        } else if (reading) {
            PyErr_SetString(PyExc_ValueError, "SMS readings must be ASCII strings");
            goto fail;
        } else if (put(&out, word, size) < 0) {
            goto fail;
        }
        i = j + 1;
    }
    PyObject *result = PyUnicode_DecodeASCII(out.data, out.len, NULL);
    PyMem_Free(out.data);
    return result;
fail:
    PyMem_Free(out.data);
    return NULL;
}

static PyObject *fold(PyObject *module, PyObject *args) {
    PyObject *text, *table, *sms;
    Py_ssize_t longest;
    if (!PyArg_ParseTuple(args, "UOO!n", &text, &table, &PyDict_Type, &sms, &longest))
        return NULL;
    Py_ssize_t cap = PyUnicode_GET_LENGTH(text) + 16;
    Squeezed squeezed = {{PyMem_Malloc((size_t)cap), 0, cap}, 0};
    if (!squeezed.out.data) return PyErr_NoMemory();
    if (squeeze(text, table, &squeezed) < 0) {
        PyMem_Free(squeezed.out.data);
        return NULL;
    }
    char *buffer = squeezed.out.data;
    Py_ssize_t n = squeezed.out.len;
    /* three more buffers of n bytes: joined, plain, mixed (then leet in `squeezed`) */
    char *work = PyMem_Malloc((size_t)(3 * n + 3));
    if (!work) {
        PyMem_Free(buffer);
        return PyErr_NoMemory();
    }
    char *joined = work, *plain = work + n + 1, *mixed = work + 2 * n + 2;
    Py_ssize_t joined_len = join_spaced(buffer, n, joined);
    Py_ssize_t plain_len = collapse(joined, joined_len, plain);
    memcpy(mixed, joined, (size_t)joined_len);
    deleet(mixed, joined_len);
    Py_ssize_t leet_len = collapse(mixed, joined_len, buffer); /* free again */
    PyObject *plain_str = PyUnicode_DecodeASCII(plain, plain_len, NULL);
    PyObject *leet_str = plain_str ? read_sms(buffer, leet_len, sms, longest) : NULL;
    PyMem_Free(work);
    PyMem_Free(buffer);
    if (!leet_str) {
        Py_XDECREF(plain_str);
        return NULL;
    }
    return Py_BuildValue("(NN)", plain_str, leet_str);
}

static PyMethodDef methods[] = {
    {"fold", fold, METH_VARARGS,
     "fold(text, table, sms, longest) -> (plain, leet): `fold.py`'s `fold`."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fold", "The minors' folding in C (see fold.py).", -1, methods,
};

PyMODINIT_FUNC PyInit__fold(void) { return PyModule_Create(&module); }

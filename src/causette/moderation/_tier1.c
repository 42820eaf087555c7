/*
 * Tier 1 in C: the hashed n-gram features of `model.features` and the linear scores
 * of `LinearModel.predict`, computed without building Python objects per feature.
 *
 * Same results as the Python reference, bit for bit (tests/moderation/test_tier1_native.py
 * compares both over the corpus and random strings):
 *   - words are runs of characters for which Python's `[^\W_]` matches
 *     (Py_UNICODE_ISALNUM), as `model._WORDS.findall`;
 *   - each token is hashed as `zlib.crc32(token.encode()) & mask` (UTF-8);
 *   - features are deduplicated and summed in the order of their first occurrence
 *     (per word: the word, its n-grams size by size, then the pair it ends; the
 *     context tokens last), one class after the other, starting from the bias: the
 *     same double additions as Python 3.11's sum() over `model.features`.
 * A text with a surrogate code point (which `str.encode` refuses) is not handled here:
 * `logits` returns None and the caller takes the Python path.
 *
 * Module `causette.moderation._tier1`, optional: built by setup.py when a C compiler
 * is present; without it `model.py` runs the Python reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

static uint32_t crc_table[256];

static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

/* Incremental CRC-32 (zlib's): state starts at 0xFFFFFFFF, final value is ~state. */
static inline uint32_t crc_byte(uint32_t state, unsigned char b) {
    return crc_table[(state ^ b) & 0xFFu] ^ (state >> 8);
}

static inline uint32_t crc_bytes(uint32_t state, const char *s, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) state = crc_byte(state, (unsigned char)s[i]);
    return state;
}

/* Feeds the UTF-8 encoding of one code point (never a surrogate: checked before). */
static inline uint32_t crc_cp(uint32_t state, Py_UCS4 c) {
    if (c < 0x80) return crc_byte(state, (unsigned char)c);
    if (c < 0x800) {
        state = crc_byte(state, (unsigned char)(0xC0 | (c >> 6)));
        return crc_byte(state, (unsigned char)(0x80 | (c & 0x3F)));
    }
    if (c < 0x10000) {
        state = crc_byte(state, (unsigned char)(0xE0 | (c >> 12)));
        state = crc_byte(state, (unsigned char)(0x80 | ((c >> 6) & 0x3F)));
        return crc_byte(state, (unsigned char)(0x80 | (c & 0x3F)));
    }
    state = crc_byte(state, (unsigned char)(0xF0 | (c >> 18)));
    state = crc_byte(state, (unsigned char)(0x80 | ((c >> 12) & 0x3F)));
    state = crc_byte(state, (unsigned char)(0x80 | ((c >> 6) & 0x3F)));
    return crc_byte(state, (unsigned char)(0x80 | (c & 0x3F)));
}

/* One entry per hash: its row (or -1) and the last call that saw it. The stamp beside
 * the row deduplicates a text's features with the same memory access as the lookup
 * (where sorting them cost a few thousand instructions a call, and a scratch buffer). */
typedef struct {
    int32_t row;
    uint32_t stamp;
} Slot;

typedef struct {
    PyObject_HEAD
    int n_classes;
    uint32_t mask;
    uint32_t stamp; /* this call's stamp: never 0, the stamp of no call */
    Slot *index;    /* hash -> slot; mask + 1 entries */
    double *rows;   /* n_rows * n_classes */
} ScorerObject;

static void Scorer_dealloc(ScorerObject *self) {
    PyMem_Free(self->index);
    PyMem_Free(self->rows);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Scorer(keys: Sequence[int], rows: Sequence[Sequence[float]], n_classes, hash_bits) */
static int Scorer_init(ScorerObject *self, PyObject *args, PyObject *kwds) {
    PyObject *keys, *rows;
    int n_classes, bits;
    if (!PyArg_ParseTuple(args, "OOii", &keys, &rows, &n_classes, &bits)) return -1;
    if (n_classes < 1 || bits < 1 || bits > 30) {
        PyErr_SetString(PyExc_ValueError, "bad n_classes or hash_bits");
        return -1;
    }
    PyObject *kseq = PySequence_Fast(keys, "keys must be a sequence");
    if (!kseq) return -1;
    PyObject *rseq = PySequence_Fast(rows, "rows must be a sequence");
    if (!rseq) {
        Py_DECREF(kseq);
        return -1;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(kseq);
    if (PySequence_Fast_GET_SIZE(rseq) != n) {
        PyErr_SetString(PyExc_ValueError, "keys and rows differ in length");
        goto fail;
    }
    self->n_classes = n_classes;
    self->mask = (1u << bits) - 1u;
    PyMem_Free(self->index);
    PyMem_Free(self->rows);
    self->index = PyMem_Malloc(sizeof(Slot) * ((size_t)self->mask + 1));
    self->rows = PyMem_Malloc(sizeof(double) * (size_t)(n > 0 ? n : 1) * (size_t)n_classes);
    if (!self->index || !self->rows) {
        PyErr_NoMemory();
        goto fail;
    }
    for (size_t i = 0; i <= self->mask; i++) self->index[i] = (Slot){-1, 0};
    self->stamp = 0;
    for (Py_ssize_t r = 0; r < n; r++) {
        unsigned long key = PyLong_AsUnsignedLong(PySequence_Fast_GET_ITEM(kseq, r));
        if (PyErr_Occurred()) goto fail;
        if (key > self->mask) {
            PyErr_SetString(PyExc_ValueError, "key outside the hash space");
            goto fail;
        }
        PyObject *row = PySequence_Fast(PySequence_Fast_GET_ITEM(rseq, r), "row");
        if (!row) goto fail;
        if (PySequence_Fast_GET_SIZE(row) != n_classes) {
            Py_DECREF(row);
            PyErr_SetString(PyExc_ValueError, "row of the wrong length");
            goto fail;
        }
        for (int c = 0; c < n_classes; c++) {
            double v = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(row, c));
            if (v == -1.0 && PyErr_Occurred()) {
                Py_DECREF(row);
                goto fail;
            }
            self->rows[(size_t)r * n_classes + c] = v;
        }
        Py_DECREF(row);
        self->index[key].row = (int32_t)r;
    }
    Py_DECREF(kseq);
    Py_DECREF(rseq);
    return 0;
fail:
    Py_DECREF(kseq);
    Py_DECREF(rseq);
    return -1;
}

typedef struct {
    uint32_t *items;
    Py_ssize_t len, cap;
} Hashes;

static int push(Hashes *h, uint32_t v) {
    if (h->len == h->cap) {
        Py_ssize_t cap = h->cap ? h->cap * 2 : 256;
        uint32_t *items = PyMem_Realloc(h->items, sizeof(uint32_t) * (size_t)cap);
        if (!items) return -1;
        h->items = items;
        h->cap = cap;
    }
    h->items[h->len++] = v;
    return 0;
}

/* The hash of prefix + str[start:end], from the state after the (ASCII) prefix. */
static inline uint32_t hash_span(uint32_t s, int kind, const void *data, Py_ssize_t start,
                                 Py_ssize_t end) {
    for (Py_ssize_t i = start; i < end; i++) s = crc_cp(s, PyUnicode_READ(kind, data, i));
    return ~s;
}

/* Char n-grams of "<" + word + ">" where the word is str[start:end]. */
static int word_grams(Hashes *out, uint32_t mask, int kind, const void *data, Py_ssize_t start,
                      Py_ssize_t end, const long *sizes, const uint32_t *bases, Py_ssize_t n_sizes) {
    Py_ssize_t plen = end - start + 2;
    for (Py_ssize_t k = 0; k < n_sizes; k++) {
        long n = sizes[k];
        if (plen <= n) continue;
        uint32_t base = bases[k]; /* the state after the size's prefix, "c:" or "c<n>:" */
        for (Py_ssize_t i = 0; i + n <= plen; i++) {
            uint32_t s = base;
            for (Py_ssize_t j = i; j < i + n; j++) {
                /* padded[j]: '<' at 0, '>' at plen - 1, else the word's characters */
                Py_UCS4 c = j == 0 ? '<' : (j == plen - 1 ? '>' : PyUnicode_READ(kind, data, start + j - 1));
                s = crc_cp(s, c);
            }
            if (push(out, (~s) & mask) < 0) return -1;
        }
    }
    return 0;
}

/* logits(text, context, sizes, bias) -> list[float] | None */
static PyObject *Scorer_logits(ScorerObject *self, PyObject *args) {
    PyObject *text, *context, *sizes_obj, *bias_obj;
    if (!PyArg_ParseTuple(args, "UOOO", &text, &context, &sizes_obj, &bias_obj)) return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 0xD800 && c <= 0xDFFF) Py_RETURN_NONE; /* str.encode would raise */
    }
    long sizes[8];
    PyObject *sseq = PySequence_Fast(sizes_obj, "sizes must be a sequence");
    if (!sseq) return NULL;
    Py_ssize_t n_sizes = PySequence_Fast_GET_SIZE(sseq);
    if (n_sizes > 8) {
        Py_DECREF(sseq);
        PyErr_SetString(PyExc_ValueError, "at most 8 n-gram sizes");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n_sizes; k++) {
        sizes[k] = PyLong_AsLong(PySequence_Fast_GET_ITEM(sseq, k));
        if (sizes[k] == -1 && PyErr_Occurred()) {
            Py_DECREF(sseq);
            return NULL;
        }
    }
    Py_DECREF(sseq);
    uint32_t bases[8]; /* CRC states after each size's prefix, computed once per text */
    for (Py_ssize_t k = 0; k < n_sizes; k++) {
        char prefix[24];
        if (sizes[k] == 3)
            strcpy(prefix, "c:");
        else
            snprintf(prefix, sizeof prefix, "c%ld:", sizes[k]);
        bases[k] = crc_bytes(0xFFFFFFFFu, prefix, (Py_ssize_t)strlen(prefix));
    }
    const uint32_t w_base = crc_bytes(0xFFFFFFFFu, "w:", 2);
    const uint32_t b_base = crc_bytes(0xFFFFFFFFu, "b:", 2);

    Hashes h = {NULL, 0, 0};
    uint32_t mask = self->mask;
    Py_ssize_t prev_start = -1, prev_end = -1;
    Py_ssize_t i = 0;
    while (i < len) {
        if (!Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < len && Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) i++;
        Py_ssize_t end = i;
        if (push(&h, hash_span(w_base, kind, data, start, end) & mask) < 0) goto nomem;
        if (word_grams(&h, mask, kind, data, start, end, sizes, bases, n_sizes) < 0) goto nomem;
        if (prev_start >= 0) { /* "b:" + previous + " " + this */
            uint32_t s = b_base;
            for (Py_ssize_t j = prev_start; j < prev_end; j++) s = crc_cp(s, PyUnicode_READ(kind, data, j));
            s = crc_byte(s, ' ');
            for (Py_ssize_t j = start; j < end; j++) s = crc_cp(s, PyUnicode_READ(kind, data, j));
            if (push(&h, (~s) & mask) < 0) goto nomem;
        }
        prev_start = start;
        prev_end = end;
    }
    PyObject *cseq = PySequence_Fast(context, "context must be a sequence");
    if (!cseq) goto fail;
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(cseq); k++) {
        PyObject *tok = PySequence_Fast_GET_ITEM(cseq, k);
        Py_ssize_t n;
        const char *utf8 = PyUnicode_AsUTF8AndSize(tok, &n);
        if (!utf8) {
            Py_DECREF(cseq);
            goto fail;
        }
        uint32_t s = crc_bytes(0xFFFFFFFFu, "x:", 2);
        if (push(&h, (~crc_bytes(s, utf8, n)) & mask) < 0) {
            Py_DECREF(cseq);
            goto nomem;
        }
    }
    Py_DECREF(cseq);

    int nc = self->n_classes;
    PyObject *bseq = PySequence_Fast(bias_obj, "bias must be a sequence");
    if (!bseq) goto fail;
    if (PySequence_Fast_GET_SIZE(bseq) != nc) {
        Py_DECREF(bseq);
        PyErr_SetString(PyExc_ValueError, "bias of the wrong length");
        goto fail;
    }
    double *acc = PyMem_Malloc(sizeof(double) * (size_t)nc);
    if (!acc) {
        Py_DECREF(bseq);
        goto nomem;
    }
    for (int c = 0; c < nc; c++) {
        acc[c] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(bseq, c));
        if (acc[c] == -1.0 && PyErr_Occurred()) {
            Py_DECREF(bseq);
            PyMem_Free(acc);
            goto fail;
        }
    }
    Py_DECREF(bseq);
    /* The index (2 MB) and the rows (several MB) are read at random: look every row up
     * first, with the next loads requested ahead (their cache misses overlap), then add
     * the rows feature by feature. A feature seen before in this call (its slot carries
     * this call's stamp) is skipped: each class adds its rows in first-occurrence order
     * from its bias, the same double additions as one class after the other. */
    Slot *index = self->index;
    if (++self->stamp == 0) { /* wrapped after 2^32 calls: forget every stamp */
        for (size_t i = 0; i <= mask; i++) index[i].stamp = 0;
        self->stamp = 1;
    }
    const uint32_t stamp = self->stamp;
    for (Py_ssize_t k = 0; k < h.len; k++) PREFETCH(&index[h.items[k]]);
    Py_ssize_t n_rows = 0; /* h.items now holds row numbers */
    for (Py_ssize_t k = 0; k < h.len; k++) {
        Slot *slot = &index[h.items[k]];
        if (slot->stamp == stamp) continue;
        slot->stamp = stamp;
        int32_t r = slot->row;
        if (r < 0) continue;
        const double *row = self->rows + (size_t)r * nc;
        PREFETCH(row);
        PREFETCH(row + nc - 1);
        h.items[n_rows++] = (uint32_t)r;
    }
    for (Py_ssize_t k = 0; k < n_rows; k++) {
        const double *row = self->rows + (size_t)h.items[k] * nc;
        for (int c = 0; c < nc; c++) acc[c] += row[c];
    }
    PyObject *result = PyList_New(nc);
    if (!result) {
        PyMem_Free(acc);
        goto fail;
    }
    for (int c = 0; c < nc; c++) {
        PyObject *v = PyFloat_FromDouble(acc[c]);
        if (!v) {
            PyMem_Free(acc);
            Py_DECREF(result);
            goto fail;
        }
        PyList_SET_ITEM(result, c, v);
    }
    PyMem_Free(acc);
    PyMem_Free(h.items);
    return result;
nomem:
    PyErr_NoMemory();
fail:
    PyMem_Free(h.items);
    return NULL;
}

static PyMethodDef Scorer_methods[] = {
    {"logits", (PyCFunction)Scorer_logits, METH_VARARGS,
     "logits(text, context, sizes, bias) -> list[float] | None"},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScorerType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "causette.moderation._tier1.Scorer",
    .tp_basicsize = sizeof(ScorerObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Hashed n-gram linear scorer (tier 1).",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Scorer_init,
    .tp_dealloc = (destructor)Scorer_dealloc,
    .tp_methods = Scorer_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tier1", "Tier 1 of the text moderation in C.", -1, NULL,
};

PyMODINIT_FUNC PyInit__tier1(void) {
    crc_init();
    if (PyType_Ready(&ScorerType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&ScorerType);
    if (PyModule_AddObject(m, "Scorer", (PyObject *)&ScorerType) < 0) {
        Py_DECREF(&ScorerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

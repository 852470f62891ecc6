/* pt-record-text.h: record fields from the text of a data file
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For imports: a cell of a CSV file becomes a field exactly as the CSV
 * export writes it (pt-csv-export.h), so what ProloTrack exports it reads
 * back unchanged. Numbers are plain decimals (pt_parse_decimal), ids and
 * counts whole numbers, dates YYYY-MM-DD, choices their nicks
 * ("plantar-fasciitis"), sets of choices nicks joined by commas,
 * yes/no fields true or false. An empty cell leaves an optional field
 * unset. The record's own validation (pt_store_validate) still follows:
 * this only turns text into a value.
 */

#pragma once

#include "pt-record.h"

G_BEGIN_DECLS

/* The field names of @type (a PtRecord type) in table order, as the CSV
 * export names its columns (without id and patient_record_number). */
GStrv     pt_record_type_dup_field_names   (GType         type);
gboolean  pt_record_type_has_field         (GType         type,
                                            const char   *name);
/* What a person calls the column @name of @type in a file (translated),
 * with its unit where the name carries one: "Date", "Distance (km)",
 * "Duration (seconds)"; the names of pt-csv-import.h's columns ("id",
 * "distance_km", "distance_mi", "patient_record_number") too. */
char     *pt_record_type_dup_field_label   (GType         type,
                                            const char   *name);
/* TRUE for free text a person typed (notes, names), FALSE for dates,
 * numbers and choices. */
gboolean  pt_record_type_is_text_field     (GType         type,
                                            const char   *name);
/* Sets @name of @record from @text ("id" sets its id: a record that keeps
 * the id a file gives it); a number is multiplied by @scale (1;
 * 1000 for kilometres into metres; 60 for minutes into a whole number of
 * seconds, rounded). FALSE with a PT_ERROR_INVALID error
 * naming the field, and the field unchanged, when @text is not a value of
 * the field's kind. */
gboolean  pt_record_set_field_from_text    (PtRecord     *record,
                                            const char   *name,
                                            const char   *text,
                                            gboolean      decimal_comma,
                                            double        scale,
                                            GError      **error);

/* The same through a field looked up once (for a file's every row):
 * NULL when @type has no field @name. */
typedef const struct _PtField *PtFieldHandle;
PtFieldHandle pt_record_type_find_field    (GType         type,
                                            const char   *name);
gboolean  pt_record_set_field_text_at      (PtRecord     *record,
                                            PtFieldHandle field,
                                            const char   *text,
                                            gboolean      decimal_comma,
                                            double        scale,
                                            GError      **error);
/* A reference or whole-number field as a number (0: no reference). */
gint64    pt_record_get_field_int_at       (PtRecord     *record,
                                            PtFieldHandle field);
void      pt_record_set_field_int_at       (PtRecord     *record,
                                            PtFieldHandle field,
                                            gint64        value);

G_END_DECLS

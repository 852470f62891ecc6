/* pt-fit.c: the session messages of a FIT file (Garmin's binary format)
 *
 * Copyright 2026 The ProloTrack authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written from the FIT protocol as the Garmin FIT SDK publishes it (there
 * is no FIT library in Debian). A FIT file is a header (12 or 14 bytes:
 * size, protocol and profile versions, the size of the records, ".FIT",
 * then optionally a CRC of the first 12 bytes), records, and a CRC-16 of
 * everything before it. Records are definitions (which fields, of which
 * sizes and base types, a local message type 0 to 15 carries) and data
 * messages laid out by the last definition of their local type; a
 * compressed-timestamp header is a data message whose timestamp is a
 * 5-bit offset from the last full one. Several FIT files may follow one
 * another in one file ("chained"); each is read in turn.
 *
 * Only session messages (global number 18) become workouts: sport (field
 * 5), sub_sport (6), start_time (2), total_timer_time (7, ms),
 * total_elapsed_time (8, ms), total_distance (9, cm) and timestamp (253,
 * the session's end). A field is read by the base type and byte order its
 * definition gives, whatever size the profile has for it, and its
 * base type's invalid value means "unknown".
 *
 * Decisions beyond the protocol text:
 *  - the file is checked whole before anything is reported: a file cut
 *    short or failing its CRC gives an error, never a partial result;
 *  - a session without a usable start_time starts at its timestamp (its
 *    end) less its elapsed time, else its timer time, else nothing; with
 *    neither time a date, start_utc stays 0, pt_workout_new's; FIT times below 0x10000000 are seconds since the device was switched
 *    on, not dates, and count as missing;
 *  - bytes after a complete FIT file that do not start another FIT header
 *    (".FIT" at its bytes 8 to 11) are ignored: the data before
 *    them passed its CRC (activity-settings-corruptheader.fit is an
 *    activity followed by a settings file whose signature reads ".GIT";
 *    python-fitparse refuses the whole file, fit-file-parser reports the
 *    activity, as we do). A following part that has a FIT header must be
 *    complete and pass its CRC like the first; legs count on from one
 *    part to the next;
 *  - a header CRC of 0 means none; any other value must match (the file
 *    CRC covers the header too). A header longer than 14 bytes (a future
 *    protocol) is skipped past.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pt-error.h"
#include "pt-fit.h"
#include "pt-fit-sport.h"

#define FIT_HEADER_MIN        12
#define FIT_HEADER_WITH_CRC   14
#define FIT_CRC_SIZE          2
#define FIT_LOCAL_TYPES       16
#define FIT_MESG_SESSION      18
/* 1989-12-31T00:00:00Z in Unix seconds. */
#define FIT_EPOCH_UNIX        G_GINT64_CONSTANT (631065600)
/* Smaller date_time values count seconds from the device's power-on. */
#define FIT_DATE_TIME_MIN     0x10000000u

/* Record headers. */
#define FIT_HDR_COMPRESSED    0x80
#define FIT_HDR_DEFINITION    0x40
#define FIT_HDR_DEVELOPER     0x20
#define FIT_HDR_LOCAL_MASK    0x0F

/* Session fields. */
#define FIT_SESSION_START_TIME      2
#define FIT_SESSION_SPORT           5
#define FIT_SESSION_SUB_SPORT       6
#define FIT_SESSION_TIMER_TIME      7
#define FIT_SESSION_ELAPSED_TIME    8
#define FIT_SESSION_DISTANCE        9
#define FIT_FIELD_TIMESTAMP         253

typedef struct
{
  guint8 number;
  guint8 size;
  guint8 base_type;
} FitField;

typedef struct
{
  gboolean  defined;
  gboolean  big_endian;
  guint16   global;
  guint     n_fields;
  FitField  fields[255];
  /* Bytes of a data message after its header, developer fields included. */
  gsize     size;
} FitDefinition;

typedef struct
{
  const guint8  *data;
  gsize          size;
  /* The records of the FIT file being read: [records, end). */
  gsize          end;
  /* TRUE when the buffer stops before end + CRC: a record that needs bytes
   * past the buffer is "cut short" rather than "runs past the data". */
  gboolean       cut_short;
  /* Set when a record met the end of a file cut short. */
  gboolean       hit_end;
  FitDefinition  definitions[FIT_LOCAL_TYPES];
  guint32        last_timestamp;
  gboolean       has_timestamp;
  GPtrArray     *workouts;
} FitReader;

/* A field's value as a number; valid is FALSE for the base type's invalid
 * value, an unknown base type or a size that does not fit it. */
typedef struct
{
  gboolean valid;
  double   value;
} FitValue;

/* ---- bytes ---- */

/* The SDK's CRC-16 (polynomial 0xA001, a nibble at a time). */
static guint16
fit_crc (guint16       crc,
         const guint8 *bytes,
         gsize         n)
{
  static const guint16 table[16] = {
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
  };

  for (gsize i = 0; i < n; i++)
    {
      guint16 tmp;

      tmp = table[crc & 0xF];
      crc = (crc >> 4) & 0x0FFF;
      crc = crc ^ tmp ^ table[bytes[i] & 0xF];

      tmp = table[crc & 0xF];
      crc = (crc >> 4) & 0x0FFF;
      crc = crc ^ tmp ^ table[(bytes[i] >> 4) & 0xF];
    }

  return crc;
}

static guint64
read_unsigned (const guint8 *p,
               guint         n,
               gboolean      big_endian)
{
  guint64 value = 0;

  for (guint i = 0; i < n; i++)
    value |= (guint64) p[big_endian ? i : n - 1 - i] << (8 * (n - 1 - i));

  return value;
}

/* The first element of @field at @p (a field may be an array), by its base
 * type. A byte field (or an unknown base type) of 1, 2, 4 or 8 bytes reads
 * as an unsigned integer of that size, invalid when all ones; a string is
 * never a number. */
static FitValue
read_value (const FitField *field,
            const guint8   *p,
            gboolean        big_endian)
{
  FitValue result = { FALSE, 0 };
  guint type = field->base_type & 0x1F;
  guint n;
  guint64 raw;

  switch (type)
    {
    case 0x00: case 0x01: case 0x02: case 0x0A:   /* enum, sint8, uint8, uint8z */
      n = 1;
      break;
    case 0x03: case 0x04: case 0x0B:              /* sint16, uint16, uint16z */
      n = 2;
      break;
    case 0x05: case 0x06: case 0x08: case 0x0C:   /* sint32, uint32, float32, uint32z */
      n = 4;
      break;
    case 0x09: case 0x0E: case 0x0F: case 0x10:   /* float64, sint64, uint64, uint64z */
      n = 8;
      break;
    case 0x07:                                    /* string: not a number */
      return result;
    default:                                      /* byte, unknown */
      n = field->size;
      type = 0x0D;
      if (n != 1 && n != 2 && n != 4 && n != 8)
        return result;
      break;
    }

  if (field->size < n || field->size % n != 0)
    return result;

  raw = read_unsigned (p, n, big_endian);

  switch (type)
    {
    case 0x00: case 0x02: case 0x04: case 0x06: case 0x0D: case 0x0F:
      result.valid = raw != (n == 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * n)) - 1);
      result.value = (double) raw;
      break;

    case 0x0A: case 0x0B: case 0x0C: case 0x10:
      result.valid = raw != 0;
      result.value = (double) raw;
      break;

    case 0x01: case 0x03: case 0x05: case 0x0E:
      {
        guint64 sign = G_GUINT64_CONSTANT (1) << (8 * n - 1);
        gint64 value = (raw & sign) ? (gint64) (raw - sign) - (gint64) (sign - 1) - 1 : (gint64) raw;

        result.valid = raw != sign - 1;
        result.value = (double) value;
      }
      break;

    case 0x08:
      {
        guint32 bits = (guint32) raw;
        float f;

        memcpy (&f, &bits, sizeof f);
        result.valid = bits != G_MAXUINT32 && isfinite (f);
        result.value = f;
      }
      break;

    case 0x09:
      {
        double d;

        memcpy (&d, &raw, sizeof d);
        result.valid = raw != G_MAXUINT64 && isfinite (d);
        result.value = d;
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return result;
}

/* A FIT date_time as Unix seconds, or FALSE when it is not a date. */
static gboolean
date_time (FitValue  value,
           gint64   *unix_seconds)
{
  if (!value.valid || value.value < FIT_DATE_TIME_MIN || value.value > G_MAXUINT32)
    return FALSE;
  *unix_seconds = (gint64) value.value + FIT_EPOCH_UNIX;
  return TRUE;
}

/* A non-negative quantity in @scale units, or NAN. */
static double
scaled (FitValue value,
        double   scale)
{
  if (!value.valid || value.value < 0)
    return NAN;
  return value.value / scale;
}

/* ---- records ---- */

/* TRUE when @n bytes from @pos are within the records of the FIT file;
 * otherwise an error about the record that starts at @record. */
static gboolean
need (FitReader  *reader,
      gsize       record,
      gsize       pos,
      gsize       n,
      GError    **error)
{
  if (pos <= reader->end && n <= reader->end - pos)
    return TRUE;

  reader->hit_end = reader->cut_short;
  if (reader->cut_short)
    g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                 _("The file is cut short: it ends at byte %'llu, in the middle of "
                   "the record that starts at byte %'llu."),
                 (unsigned long long) reader->size, (unsigned long long) record);
  else
    g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                 _("The file is damaged: the record at byte %'llu runs past the end "
                   "of the data, at byte %'llu."),
                 (unsigned long long) record, (unsigned long long) reader->end);
  return FALSE;
}

static gboolean
read_definition (FitReader  *reader,
                 guint8      header,
                 gsize       record,
                 gsize      *pos,
                 GError    **error)
{
  FitDefinition *definition = &reader->definitions[header & FIT_HDR_LOCAL_MASK];
  const guint8 *p;
  guint architecture;
  guint n_fields;
  gsize size = 0;

  if (!need (reader, record, *pos, 5, error))
    return FALSE;
  p = reader->data + *pos;
  architecture = p[1];
  n_fields = p[4];
  *pos += 5;

  if (architecture > 1)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is damaged: the definition at byte %'llu has an "
                     "unknown byte order (%u)."),
                   (unsigned long long) record, architecture);
      return FALSE;
    }

  if (!need (reader, record, *pos, (gsize) n_fields * 3, error))
    return FALSE;

  definition->defined = TRUE;
  definition->big_endian = architecture == 1;
  definition->global = (guint16) read_unsigned (p + 2, 2, definition->big_endian);
  definition->n_fields = n_fields;
  p = reader->data + *pos;
  for (guint i = 0; i < n_fields; i++)
    {
      definition->fields[i].number = p[3 * i];
      definition->fields[i].size = p[3 * i + 1];
      definition->fields[i].base_type = p[3 * i + 2];
      size += p[3 * i + 1];
    }
  *pos += (gsize) n_fields * 3;

  if (header & FIT_HDR_DEVELOPER)
    {
      guint n_developer;

      if (!need (reader, record, *pos, 1, error))
        return FALSE;
      n_developer = reader->data[*pos];
      *pos += 1;
      if (!need (reader, record, *pos, (gsize) n_developer * 3, error))
        return FALSE;
      /* Field number, size, developer data index: only the size matters. */
      p = reader->data + *pos;
      for (guint i = 0; i < n_developer; i++)
        size += p[3 * i + 1];
      *pos += (gsize) n_developer * 3;
    }

  definition->size = size;
  return TRUE;
}

static void
read_session (FitReader           *reader,
              const FitDefinition *definition,
              const guint8        *p,
              gboolean             has_timestamp,
              guint32              timestamp)
{
  g_autoptr(PtWorkout) workout = pt_workout_new ();
  FitValue start = { FALSE, 0 }, end = { has_timestamp, timestamp };
  FitValue sport = { FALSE, 0 }, sub_sport = { FALSE, 0 };
  FitValue timer = { FALSE, 0 }, elapsed = { FALSE, 0 }, distance = { FALSE, 0 };
  double before_end;
  gint64 unix_seconds;

  for (guint i = 0; i < definition->n_fields; i++)
    {
      const FitField *field = &definition->fields[i];
      FitValue value = read_value (field, p, definition->big_endian);

      switch (field->number)
        {
        case FIT_SESSION_START_TIME: start = value; break;
        case FIT_SESSION_SPORT: sport = value; break;
        case FIT_SESSION_SUB_SPORT: sub_sport = value; break;
        case FIT_SESSION_TIMER_TIME: timer = value; break;
        case FIT_SESSION_ELAPSED_TIME: elapsed = value; break;
        case FIT_SESSION_DISTANCE: distance = value; break;
        case FIT_FIELD_TIMESTAMP: end = value; break;
        default: break;
        }
      p += field->size;
    }

  /* An enum is one byte; a wider definition can only be a writer's
   * mistake, and 255 up is invalid in any width. */
  pt_fit_sport_apply (workout,
                      sport.valid && sport.value >= 0 && sport.value < 255
                        ? (gint64) sport.value : -1,
                      sub_sport.valid && sub_sport.value >= 0 && sub_sport.value < 255
                        ? (gint64) sub_sport.value : -1);
  workout->distance_m = scaled (distance, 100);
  workout->duration_s = scaled (timer, 1000);

  if (date_time (start, &unix_seconds))
    workout->start_utc = unix_seconds;
  else if (date_time (end, &unix_seconds))
    {
      before_end = scaled (elapsed, 1000);
      if (isnan (before_end))
        before_end = workout->duration_s;
      /* No more than a uint32 of milliseconds (49 days). */
      if (isnan (before_end) || before_end > G_MAXUINT32 / 1000.0)
        before_end = 0;
      workout->start_utc = unix_seconds - (gint64) round (before_end);
    }

  workout->leg = reader->workouts->len;
  g_ptr_array_add (reader->workouts, g_steal_pointer (&workout));
}

static gboolean
read_data (FitReader  *reader,
           guint8      header,
           gsize       record,
           gsize      *pos,
           GError    **error)
{
  gboolean compressed = (header & FIT_HDR_COMPRESSED) != 0;
  guint local = compressed ? (header >> 5) & 0x3 : header & FIT_HDR_LOCAL_MASK;
  const FitDefinition *definition = &reader->definitions[local];
  const guint8 *p;
  gboolean has_timestamp = FALSE;
  guint32 timestamp = 0;

  if (!definition->defined)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is damaged: the record at byte %'llu is of message "
                     "type %u, which no definition before it describes."),
                   (unsigned long long) record, local);
      return FALSE;
    }
  if (!need (reader, record, *pos, definition->size, error))
    return FALSE;
  p = reader->data + *pos;
  *pos += definition->size;

  if (compressed && reader->has_timestamp)
    {
      guint32 offset = header & 0x1F;
      guint32 last = reader->last_timestamp;

      /* As the SDK: the offset replaces the low 5 bits, rolling over. */
      timestamp = (last & ~(guint32) 0x1F) + offset;
      if (offset < (last & 0x1F))
        timestamp += 0x20;
      reader->last_timestamp = timestamp;
      has_timestamp = TRUE;
    }
  else if (!compressed)
    {
      const guint8 *q = p;

      for (guint i = 0; i < definition->n_fields; i++)
        {
          const FitField *field = &definition->fields[i];

          if (field->number == FIT_FIELD_TIMESTAMP)
            {
              FitValue value = read_value (field, q, definition->big_endian);

              if (value.valid && value.value >= 0 && value.value <= G_MAXUINT32)
                {
                  timestamp = (guint32) value.value;
                  reader->last_timestamp = timestamp;
                  reader->has_timestamp = has_timestamp = TRUE;
                }
            }
          q += field->size;
        }
    }

  if (definition->global == FIT_MESG_SESSION)
    read_session (reader, definition, p, has_timestamp, timestamp);

  return TRUE;
}

/* Every record in [@pos, reader->end). */
static gboolean
read_records (FitReader  *reader,
              gsize       pos,
              GError    **error)
{
  while (pos < reader->end)
    {
      gsize record = pos;
      guint8 header = reader->data[pos++];
      gboolean ok;

      if (!(header & FIT_HDR_COMPRESSED) && (header & FIT_HDR_DEFINITION))
        ok = read_definition (reader, header, record, &pos, error);
      else
        ok = read_data (reader, header, record, &pos, error);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/* ---- files ---- */

/* TRUE when @data at @pos starts what claims to be a FIT header. */
static gboolean
looks_like_fit (const guint8 *data,
                gsize         size,
                gsize         pos)
{
  return size - pos >= FIT_HEADER_MIN && memcmp (data + pos + 8, ".FIT", 4) == 0;
}

/* The FIT file at @start; *@next is where the next one would start. */
static gboolean
read_file (FitReader  *reader,
           gsize       start,
           gsize      *next,
           GError    **error)
{
  const guint8 *p = reader->data + start;
  gsize available = reader->size - start;
  guint header_size = p[0];
  guint64 data_size, file_end;
  guint16 crc;

  if (header_size < FIT_HEADER_MIN)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is damaged: the FIT header at byte %'llu says it is %u "
                     "bytes long, but a FIT header has at least 12."),
                   (unsigned long long) start, header_size);
      return FALSE;
    }
  if (header_size > available)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is cut short: it ends at byte %'llu, inside the FIT "
                     "header that starts at byte %'llu."),
                   (unsigned long long) reader->size, (unsigned long long) start);
      return FALSE;
    }

  if (header_size >= FIT_HEADER_WITH_CRC)
    {
      guint16 header_crc = (guint16) read_unsigned (p + 12, 2, FALSE);

      if (header_crc != 0 && header_crc != fit_crc (0, p, 12))
        {
          g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                       _("The file is damaged: the checksum of the FIT header at "
                         "byte %'llu does not match."),
                       (unsigned long long) start);
          return FALSE;
        }
    }

  memset (reader->definitions, 0, sizeof reader->definitions);
  reader->has_timestamp = FALSE;
  reader->last_timestamp = 0;

  data_size = read_unsigned (p + 4, 4, FALSE);
  file_end = (guint64) start + header_size + data_size + FIT_CRC_SIZE;

  if (file_end > reader->size)
    {
      g_autoptr(GError) local_error = NULL;

      /* Walk what is there only to say where it stops (what it reads is
       * dropped with the rest: a file cut short gives no workouts). */
      reader->end = (gsize) MIN (file_end - FIT_CRC_SIZE, (guint64) reader->size);
      reader->cut_short = TRUE;
      reader->hit_end = FALSE;
      if (!read_records (reader, start + header_size, &local_error) && reader->hit_end)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* The records stop cleanly where the file does, or what is there is
       * damaged too (no CRC vouches for it): the cut is what to say. */
      if (file_end - FIT_CRC_SIZE <= reader->size)
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The file is cut short: it ends at byte %'llu, before the end "
                       "of the checksum that follows its data."),
                     (unsigned long long) reader->size);
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The file is cut short: it ends at byte %'llu, but its header "
                       "says its data runs to byte %'llu."),
                     (unsigned long long) reader->size,
                     (unsigned long long) (file_end - FIT_CRC_SIZE));
      return FALSE;
    }

  /* Over the header, the data and the CRC itself, the CRC gives 0. */
  crc = fit_crc (0, p, (gsize) (file_end - start));
  if (crc != 0)
    {
      if (start == 0)
        g_set_error_literal (error, PT_ERROR, PT_ERROR_INVALID,
                             _("The file is damaged: its checksum does not match."));
      else
        g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                     _("The file is damaged: the checksum of the FIT file that "
                       "starts at byte %'llu does not match."),
                     (unsigned long long) start);
      return FALSE;
    }

  reader->end = (gsize) (file_end - FIT_CRC_SIZE);
  reader->cut_short = FALSE;
  if (!read_records (reader, start + header_size, error))
    return FALSE;

  *next = (gsize) file_end;
  return TRUE;
}

GPtrArray *
pt_fit_read (const guint8  *data,
             gsize          size,
             GError       **error)
{
  g_autofree FitReader *reader = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  gsize pos = 0;

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size < FIT_HEADER_MIN)
    {
      g_set_error (error, PT_ERROR, PT_ERROR_INVALID,
                   _("The file is too short to be a FIT file: it has %llu bytes, "
                     "and a FIT header alone has 12."),
                   (unsigned long long) size);
      return NULL;
    }
  if (!looks_like_fit (data, size, 0))
    {
      g_set_error_literal (error, PT_ERROR, PT_ERROR_INVALID,
                           _("The file is not a FIT file: it does not start with a "
                             "FIT header."));
      return NULL;
    }

  workouts = pt_workout_array_new ();
  reader = g_new0 (FitReader, 1);
  reader->data = data;
  reader->size = size;
  reader->workouts = workouts;

  /* Each pass consumes at least a header and a CRC, so this ends. */
  while (pos < size && looks_like_fit (data, size, pos))
    {
      if (!read_file (reader, pos, &pos, error))
        return NULL;
    }

  return g_steal_pointer (&workouts);
}

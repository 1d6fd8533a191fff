// The libxlsxwriter functions kansa calls, each a stand-in that loads the library the first time a workbook is
// made and then calls the library's own. Linked at start, the library would bring OpenSSL's libcrypto (for MD5)
// and minizip with it: 1.6 MiB of memory that every command holds, and only the xlsx export uses.
#include <dlfcn.h>
#include <stdlib.h>
#include "CXlsxwriter.h"

// The library's function `name`; NULL when the library cannot be loaded.
static void *library_function(const char *name) {
    static void *library;
    void *handle = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
    if (handle == NULL) {
        handle = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) handle = dlopen("libxlsxwriter.so", RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) return NULL;
        __atomic_store_n(&library, handle, __ATOMIC_RELEASE);
    }
    return dlsym(handle, name);
}

// The library's function `name` of this type, looked up once. Past `workbook_new_opt` the library is loaded, so a
// function it lacks is a library kansa was not built for.
#define FUNCTION(type, name)                                                  \
    static type function;                                                     \
    type found = __atomic_load_n(&function, __ATOMIC_ACQUIRE);                \
    if (found == NULL) {                                                      \
        found = (type)library_function(name);                                 \
        if (found == NULL) abort();                                           \
        __atomic_store_n(&function, found, __ATOMIC_RELEASE);                 \
    }

#define FORWARD(result, name, parameters, arguments)                          \
    result name parameters {                                                  \
        typedef result(*Function) parameters;                                 \
        FUNCTION(Function, #name)                                             \
        return found arguments;                                               \
    }

#define FORWARD_VOID(name, parameters, arguments)                             \
    void name parameters {                                                    \
        typedef void(*Function) parameters;                                   \
        FUNCTION(Function, #name)                                             \
        found arguments;                                                      \
    }

// NULL, as when libxlsxwriter cannot start a workbook, when the library is missing.
lxw_workbook *workbook_new_opt(const char *filename, lxw_workbook_options *options) {
    typedef lxw_workbook *(*Function)(const char *, lxw_workbook_options *);
    Function found = (Function)library_function("workbook_new_opt");
    return found == NULL ? NULL : found(filename, options);
}

FORWARD(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook))
FORWARD_VOID(lxw_workbook_free, (lxw_workbook *workbook), (workbook))
FORWARD(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname))
FORWARD(lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook))
FORWARD(lxw_error, workbook_set_properties, (lxw_workbook *workbook, lxw_doc_properties *properties), (workbook, properties))
FORWARD(char *, lxw_strerror, (lxw_error error_num), (error_num))

FORWARD_VOID(format_set_align, (lxw_format *format, uint8_t alignment), (format, alignment))
FORWARD_VOID(format_set_bg_color, (lxw_format *format, lxw_color_t color), (format, color))
FORWARD_VOID(format_set_bold, (lxw_format *format), (format))
FORWARD_VOID(format_set_border, (lxw_format *format, uint8_t style), (format, style))
FORWARD_VOID(format_set_font_charset, (lxw_format *format, uint8_t value), (format, value))
FORWARD_VOID(format_set_font_color, (lxw_format *format, lxw_color_t color), (format, color))
FORWARD_VOID(format_set_font_name, (lxw_format *format, const char *font_name), (format, font_name))
FORWARD_VOID(format_set_font_size, (lxw_format *format, double size), (format, size))
FORWARD_VOID(format_set_pattern, (lxw_format *format, uint8_t index), (format, index))
FORWARD_VOID(format_set_text_wrap, (lxw_format *format), (format))
FORWARD_VOID(format_set_unlocked, (lxw_format *format), (format))

FORWARD_VOID(worksheet_center_horizontally, (lxw_worksheet *worksheet), (worksheet))
FORWARD(lxw_error, worksheet_data_validation_range,
        (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,
         lxw_data_validation *validation),
        (worksheet, first_row, first_col, last_row, last_col, validation))
FORWARD_VOID(worksheet_fit_to_pages, (lxw_worksheet *worksheet, uint16_t width, uint16_t height), (worksheet, width, height))
FORWARD_VOID(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col))
FORWARD_VOID(worksheet_hide, (lxw_worksheet *worksheet), (worksheet))
FORWARD(lxw_error, worksheet_merge_range,
        (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col,
         const char *string, lxw_format *format),
        (worksheet, first_row, first_col, last_row, last_col, string, format))
FORWARD_VOID(worksheet_protect, (lxw_worksheet *worksheet, const char *password, lxw_protection *options),
             (worksheet, password, options))
FORWARD(lxw_error, worksheet_repeat_rows, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row),
        (worksheet, first_row, last_row))
FORWARD(lxw_error, worksheet_set_column,
        (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format),
        (worksheet, first_col, last_col, width, format))
FORWARD(lxw_error, worksheet_set_footer, (lxw_worksheet *worksheet, const char *string), (worksheet, string))
FORWARD(lxw_error, worksheet_set_header, (lxw_worksheet *worksheet, const char *string), (worksheet, string))
FORWARD(lxw_error, worksheet_set_h_pagebreaks, (lxw_worksheet *worksheet, lxw_row_t breaks[]), (worksheet, breaks))
FORWARD_VOID(worksheet_set_landscape, (lxw_worksheet *worksheet), (worksheet))
FORWARD_VOID(worksheet_set_margins, (lxw_worksheet *worksheet, double left, double right, double top, double bottom),
             (worksheet, left, right, top, bottom))
FORWARD_VOID(worksheet_set_paper, (lxw_worksheet *worksheet, uint8_t paper_type), (worksheet, paper_type))
FORWARD_VOID(worksheet_set_portrait, (lxw_worksheet *worksheet), (worksheet))
FORWARD(lxw_error, worksheet_set_row, (lxw_worksheet *worksheet, lxw_row_t row, double height, lxw_format *format),
        (worksheet, row, height, format))
FORWARD(lxw_error, worksheet_write_blank, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_format *format),
        (worksheet, row, col, format))
FORWARD(lxw_error, worksheet_write_string,
        (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format),
        (worksheet, row, col, string, format))

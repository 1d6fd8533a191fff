// libxlsxwriter, the C library that writes the xlsx workbooks of `kansa export --format xlsx`: its header, with
// the functions kansa calls defined in LazyLibrary.c, which loads the library when the first workbook is made.
#ifndef KANSA_CXLSXWRITER_H
#define KANSA_CXLSXWRITER_H

#include <xlsxwriter.h>

#endif

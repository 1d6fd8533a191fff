// libxlsxwriter, the C library that writes the xlsx workbooks of `kansa export --format xlsx`.
#ifndef KANSA_CXLSXWRITER_SHIM_H
#define KANSA_CXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif

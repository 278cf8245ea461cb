#include "RatifyBuildInfo.h"

#ifndef RATIFY_COMMIT
#define RATIFY_COMMIT ""
#endif

const char *ratify_build_commit(void) { return RATIFY_COMMIT; }

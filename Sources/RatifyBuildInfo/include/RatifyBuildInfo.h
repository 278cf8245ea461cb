#ifndef RATIFY_BUILD_INFO_H
#define RATIFY_BUILD_INFO_H

/// The git commit the binary was built from ("" when unknown). A C string
/// because a C target is the one place SwiftPM lets a build put a value
/// (the RATIFY_COMMIT define, set from Package.swift) into the code;
/// Swift's -D conditions carry no value.
const char *ratify_build_commit(void);

#endif

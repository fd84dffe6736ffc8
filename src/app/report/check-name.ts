/** The one check run the app owns per head SHA (branch protection requires it by this name). */
export const CHECK_NAME = "impactgate";

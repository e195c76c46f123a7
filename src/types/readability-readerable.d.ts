// @mozilla/readability's index.js is CommonJS that requires both Readability
// and the readerable check, so importing the package pulls all of Readability
// (~50 KB) into the auto-reader content script. The readerable file alone is
// self-contained; the package ships no typings for it, so they are declared here.
declare module '@mozilla/readability/Readability-readerable.js' {
  const isProbablyReaderable: typeof import('@mozilla/readability').isProbablyReaderable;
  export default isProbablyReaderable;
}

export default defineBackground(() => {
  // Wiring only; features live in src/ext/*.
});

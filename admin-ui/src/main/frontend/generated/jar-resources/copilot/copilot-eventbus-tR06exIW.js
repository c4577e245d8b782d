import { n as e } from "./chunk-DiqZc92J.js";
//#region frontend/copilot/shared/copilot-eventbus.ts
var t, n = e((() => {
	if (t = window.Vaadin.copilot.eventbus, !t) throw Error("Tried to access copilot eventbus before it was initialized.");
}));
//#endregion
export { n, t };

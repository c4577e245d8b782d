import { n as e } from "./chunk-DiqZc92J.js";
//#region frontend/copilot/shared/consts.ts
var t, n, r, i, a, o, s, c, l, u = e((() => {
	t = "copilot-", n = "25.2.4", r = "undefined", i = r === "undefined" ? "" : r, a = "attention-required", o = "https://plugins.jetbrains.com/plugin/23758-vaadin", s = "https://marketplace.visualstudio.com/items?itemName=vaadin.vaadin-vscode", c = "https://marketplace.eclipse.org/content/vaadin-tools", l = {
		sectionId: "custom-components",
		sectionName: "Custom Components"
	};
}));
//#endregion
export { o as a, s as c, c as i, u as l, i as n, t as o, l as r, n as s, a as t };

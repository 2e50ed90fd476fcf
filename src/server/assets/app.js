// The dashboard page: five tabs, each shown from the URL hash ("#map?indicator=…&year=…"), and the
// language switch, which reloads the page in the other language keeping the hash.
import { lang } from "./common.js";
import * as map from "./map.js";
import * as groups from "./groups.js";
import * as profile from "./profile.js";
import * as disparity from "./disparity.js";
import * as data from "./data.js";

const TABS = { map, groups, profile, disparity, data };

function parseHash() {
  const [tab, query] = location.hash.replace(/^#/, "").split("?");
  return { tab: tab in TABS ? tab : "map", params: new URLSearchParams(query ?? "") };
}

function updateLangLink() {
  const other = lang === "zh" ? "en" : "zh";
  document.getElementById("lang-switch").href = `?lang=${other}${location.hash}`;
}

async function route() {
  const { tab, params } = parseHash();
  for (const name of Object.keys(TABS)) {
    if (name !== tab) TABS[name].hide?.();
    document.getElementById(`tab-${name}`).hidden = name !== tab;
    document.querySelector(`[data-tab="${name}"]`).toggleAttribute("aria-current", name === tab);
    if (name === tab) document.querySelector(`[data-tab="${name}"]`).setAttribute("aria-current", "page");
  }
  updateLangLink();
  try {
    await TABS[tab].show(params);
  } catch (e) {
    console.error(e);
  }
  document.body.dataset.ready = tab;
}

document.getElementById("data-label").textContent = JSON.parse(document.getElementById("config").textContent).data;
window.addEventListener("hashchange", route);
document.addEventListener("regecon:state", updateLangLink);
route();

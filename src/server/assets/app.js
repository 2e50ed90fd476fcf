// The dashboard page: five tabs, each shown from the URL hash ("#map?indicator=…&year=…"), and the
// language switch, which reloads the page in the other language keeping the hash.
import { lang, showLinkNotice, words } from "./common.js";
import * as map from "./map.js";
import * as groups from "./groups.js";
import * as profile from "./profile.js";
import * as disparity from "./disparity.js";
import * as data from "./data.js";

const TABS = { map, groups, profile, disparity, data };

const TAB_WORDS = { map: "tabMap", groups: "tabGroups", profile: "tabProfile", disparity: "tabDisparity", data: "tabData" };

/** The tab and parameters of the hash; `unknownTab` when it names a tab there is not (the map is shown). */
function parseHash() {
  const [tab, query] = location.hash.replace(/^#/, "").split("?");
  const known = Object.hasOwn(TABS, tab);
  return { tab: known ? tab : "map", params: new URLSearchParams(query ?? ""), unknownTab: known || tab === "" ? undefined : tab };
}

function updateLangLink() {
  const other = lang === "zh" ? "en" : "zh";
  document.getElementById("lang-switch").href = `?lang=${other}${location.hash}`;
}

async function route() {
  const { tab, params, unknownTab } = parseHash();
  showLinkNotice([]);
  for (const name of Object.keys(TABS)) {
    if (name !== tab) TABS[name].hide?.();
    document.getElementById(`tab-${name}`).hidden = name !== tab;
    document.querySelector(`[data-tab="${name}"]`).toggleAttribute("aria-current", name === tab);
    if (name === tab) document.querySelector(`[data-tab="${name}"]`).setAttribute("aria-current", "page");
  }
  updateLangLink();
  // each tab returns the parts of the link it had no choice for
  const unknown = unknownTab === undefined ? [] : [{ key: "#", value: unknownTab, shown: words[TAB_WORDS[tab]] }];
  try {
    unknown.push(...((await TABS[tab].show(params)) ?? []));
  } catch (e) {
    console.error(e);
  }
  showLinkNotice(unknown);
  document.body.dataset.ready = tab;
}

document.getElementById("data-label").textContent = JSON.parse(document.getElementById("config").textContent).data;
window.addEventListener("hashchange", route);
document.addEventListener("regecon:state", updateLangLink);
route();

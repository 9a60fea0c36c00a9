/**
 * The one inline script every page carries. Before first paint it:
 * - applies the fan's saved theme, so a dark-theme fan never sees a light flash, and gives the browser's bar
 *   that theme's colour (src/shared/theme-colour.ts);
 * - when their spoiler shield is on, hides the page body until the app has applied the shield (styles.css
 *   shows it again after a few seconds whatever happens, so a failed script never leaves a blank page);
 * - when they have not chosen about the shield yet, lets the page show its offer (`ShieldOffer`), so the
 *   offer is there from the first frame and nothing moves when the app arrives;
 * - holds a press on any of the page's buttons and tick boxes until the app is ready, then makes it (a
 *   press in that gap is never lost).
 * It only reads storage and never throws. After the first paint it loads the app's code, from the list the
 * prerender step leaves in the page (see `deferScripts` in scripts/prerender.ts); pages without that list
 * (the dev server) load their code the usual way.
 *
 * It is inline because it must run before the first paint; the Content-Security-Policy allows exactly this
 * text by its SHA-256 hash (scripts/prerender.ts), and nothing else inline except, on the search page only,
 * SEARCH_PAGE_SCRIPT below.
 */
import { createHash } from 'node:crypto';
import { PREBUILT_LIST_ID } from '../src/features/search/prebuilt';
import { PAGE_STATE_ID } from '../src/lib/page-state';
import { BOOT_CLASSES, STORAGE_KEYS } from '../src/shared/fan-state';
import { THEME_COLOURS } from '../src/shared/theme-colour';

/** The id of the JSON list of the page's code (`{ entry, preload }`). */
export const APP_SCRIPTS_ID = 'app-scripts';

const APPLY_SAVED_STATE = `try{var d=document.documentElement,s=window.localStorage;function r(k){try{var v=JSON.parse(s.getItem(k)||'null');return v&&typeof v==='object'?v.state:null}catch(e){return null}}var t=r(${JSON.stringify(STORAGE_KEYS.theme)});if(t==='light'||t==='dark'){d.setAttribute('data-theme',t);var c=${JSON.stringify(THEME_COLOURS)}[t];document.querySelectorAll('meta[name=theme-color]').forEach(function(m){m.content=c})}var p=r(${JSON.stringify(STORAGE_KEYS.progress)})||{},w=Array.isArray(p.watched)&&p.watched.length>0;if(p.shield==='on'||(p.shield==null&&w))d.classList.add(${JSON.stringify(BOOT_CLASSES.shieldPending)});if(p.shield!=='on'&&p.shield!=='off'&&!w)d.classList.add(${JSON.stringify(BOOT_CLASSES.shieldUnanswered)})}catch(e){}`;

/** Set on the list of the page's code while something on the page needs the code to wait. */
const HOLD_ATTRIBUTE = 'data-hold';
/** Sent on the document when the hold ends: the code loads if it is time (the page has been painted). */
const RELEASE_EVENT = 'app-scripts-released';

// Loads the code once the browser reports the page's first contentful paint (a `paint` PerformanceObserver),
// and not before the page has been parsed. Loading it in the task after the first frame instead (until
// issue 17) often ran it before the paint Lighthouse observes, and Lighthouse then counts all of the code
// into its estimate of that paint: 2.6 s instead of 0.9 s on character and episode pages. When the page
// cannot paint (the fan's shield hides it until the app applies it), or the browser reports no paints, it
// loads after the first frame as before; and after 3 s whatever happens. The observer's report is a task of
// low priority, which on a throttled phone came 40 to 80 ms after `DOMContentLoaded` even when the paint had
// been recorded long before, so at `DOMContentLoaded` the code also loads at once if the paint is already on
// record. While the list is held (the search page's script below), not before the hold ends. A tab opened
// in the background paints nothing until shown. The entry script is added first and each modulepreload link
// in a task of its own: adding ten tags at once was one task of about 60 ms on a CPU slowed four times,
// which Lighthouse counts as blocking time.
const LOAD_APP_AFTER_PAINT = `var loaded=false,wanted=false;function add(tag,attrs){var e=document.createElement(tag);for(var k in attrs)e[k]=attrs[k];document.head.appendChild(e)}function load(){var l=document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)});if(loaded||!l)return;if(l.hasAttribute('${HOLD_ATTRIBUTE}')){wanted=true;return}loaded=true;var a=JSON.parse(l.textContent);add('script',{type:'module',src:a.entry,crossOrigin:''});a.preload.forEach(function(h){setTimeout(function(){add('link',{rel:'modulepreload',href:h,crossOrigin:''})},0)})}function parsed(){document.readyState==='loading'?document.addEventListener('DOMContentLoaded',load):load()}setTimeout(parsed,3000);try{if(document.documentElement.classList.contains(${JSON.stringify(BOOT_CLASSES.shieldPending)})||PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();setTimeout(parsed,0)}}).observe({type:'paint',buffered:true});document.addEventListener('DOMContentLoaded',function(){if(performance.getEntriesByName('first-contentful-paint').length)load()})}catch(e){document.addEventListener('DOMContentLoaded',function(){requestAnimationFrame(function(){setTimeout(load,0)})})}document.addEventListener('${RELEASE_EVENT}',function(){if(wanted)load()});`;

/** Set on a button pressed before the app was ready: the press is held and made once the app is. */
export const HELD_ATTRIBUTE = 'aria-busy';

// Until <html data-app="ready">, a press on a button of the page (not a form's submit button, which works
// without code) would do nothing: the button has no handler yet, or the fan's saved state is not read. A tick
// box would tick, and be unticked by the app as it hydrates, unsaved. The press is held instead: stopped
// before the app's handlers see it (for a tick box, cancelling the click leaves it as it was), the control
// marked busy (styles.css), and pressed again for the fan once the page is ready. A second press of a held
// control is not held twice.
const HOLD_PRESSES_UNTIL_READY = `var h=document.documentElement,q=[];document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('#root button:not([type=submit]),#root input[type=checkbox]');if(!b||h.dataset.app==='ready')return;e.preventDefault();e.stopImmediatePropagation();q.indexOf(b)<0&&q.push(b)&&b.setAttribute('${HELD_ATTRIBUTE}','true')},true);new MutationObserver(function(m,o){if(h.dataset.app!=='ready')return;o.disconnect();q.forEach(function(b){b.removeAttribute('${HELD_ATTRIBUTE}');b.isConnected&&b.click()});q=[]}).observe(h,{attributes:true});`;

export const BOOT_SCRIPT = `(function(){${APPLY_SAVED_STATE}${HOLD_PRESSES_UNTIL_READY}${LOAD_APP_AFTER_PAINT}})();`;

/** How the Content-Security-Policy names an inline script it allows. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

export const BOOT_SCRIPT_HASH = scriptHash(BOOT_SCRIPT);

/**
 * The search page's second inline script, for an address with a query. It runs as soon as it is parsed, in
 * the head before the stylesheet (with the #prebuilt-searches list just before it), so what the results
 * need is asked for with the stylesheet rather than after the page has been parsed:
 * - a search prerendered with its results (one the list names, with no kind filter): that file, whose HTML
 *   and page state take the place of the empty shell's;
 * - any other search: the early-results bundle (src/features/search/early-search.ts), which fetches the
 *   full-text index and works out the results the app would show, with their page state.
 * Once the page is parsed it holds the app's code, puts the results in (unless the fan has already started
 * typing), and once that has been painted lets the code load, which hydrates them like any prerendered page.
 * It gives up after 3 s; any failure leaves the shell, and for a search the browser works out, asks for the
 * app's engine and the index at once, as before early results. See src/features/search/prebuilt.ts.
 */
export const SEARCH_PAGE_SCRIPT = `(function(){function typing(root){var a=document.activeElement;if(a&&root.contains(a)&&(a.tagName==='INPUT'||a.tagName==='TEXTAREA'))return true;var f=root.querySelectorAll('input');for(var i=0;i<f.length;i++)if(f[i].value!==f[i].defaultValue)return true;return false}function link(rel,href,as){var e=document.createElement('link');e.rel=rel;e.href=href;e.crossOrigin='';if(as)e.as=as;document.head.appendChild(e)}var c,prebuilt,ctl,page;try{var p=new URLSearchParams(location.search),q=p.get('q');c=JSON.parse(document.getElementById(${JSON.stringify(PREBUILT_LIST_ID)}).textContent);if(q===null||q.trim()==='')return;prebuilt=!p.has('kind')&&c.queries.indexOf(q)>=0;if(prebuilt){ctl=typeof AbortController==='function'?new AbortController():null;page=fetch(c.url+q.replace(/ /g,'-')+'.json',ctl?{signal:ctl.signal}:{}).then(function(r){if(!r.ok)throw new Error(String(r.status));return r.json()}).then(function(v){return function(root){var s=document.getElementById(${JSON.stringify(PAGE_STATE_ID)});if(!s)throw new Error('no page state');v.state.search=location.search;root.innerHTML=v.html;s.textContent=JSON.stringify(v.state);document.title=v.title}})}else{var index=fetch(c.index);index.catch(function(){});page=import(c.early).then(function(m){return m.prepareResults(index,location.search)})}page.catch(function(){})}catch(e){return}document.addEventListener('DOMContentLoaded',function(){var code=document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)}),over=false,timer;if(!code)return;function release(){if(over)return;over=true;clearTimeout(timer);code.removeAttribute('${HOLD_ATTRIBUTE}');document.dispatchEvent(new Event('${RELEASE_EVENT}'))}code.setAttribute('${HOLD_ATTRIBUTE}','');timer=setTimeout(function(){if(ctl)ctl.abort();release()},3000);page.then(function(show){var root=document.getElementById('root');if(over||!root||typing(root))throw new Error('too late');show(root);return new Promise(function(done){requestAnimationFrame(function(){setTimeout(done,0)})})}).catch(function(){if(prebuilt)return;c.engine.forEach(function(h){link('modulepreload',h)});link('preload',c.index,'fetch')}).then(release)})})();`;

/**
 * The one inline script every page carries. Before first paint it applies the fan's saved theme (so a
 * dark-theme fan never sees a light flash) and, when their spoiler shield is on, hides the page body until
 * the app has applied the shield (styles.css shows it again after a few seconds whatever happens, so a
 * failed script never leaves a blank page); it only reads storage and never throws. After the first paint
 * it loads the app's code, from the list the prerender step leaves in the page (see `deferScripts` in
 * scripts/prerender.ts); pages without that list (the dev server) load their code the usual way.
 *
 * It is inline because it must run before the first paint; the Content-Security-Policy allows exactly this
 * text by its SHA-256 hash (scripts/prerender.ts), and nothing else inline.
 */
import { createHash } from 'node:crypto';
import { STORAGE_KEYS } from '../src/features/fan/slots-keys';

/** The id of the JSON list of the page's code (`{ entry, preload }`). */
export const APP_SCRIPTS_ID = 'app-scripts';

const APPLY_SAVED_STATE = `try{var d=document.documentElement,s=window.localStorage;function r(k){try{var v=JSON.parse(s.getItem(k)||'null');return v&&typeof v==='object'?v.state:null}catch(e){return null}}var t=r(${JSON.stringify(STORAGE_KEYS.theme)});if(t==='light'||t==='dark')d.setAttribute('data-theme',t);var p=r(${JSON.stringify(STORAGE_KEYS.progress)});if(p&&typeof p==='object'&&(p.shield==='on'||(p.shield==null&&Array.isArray(p.watched)&&p.watched.length>0)))d.classList.add('shield-pending')}catch(e){}`;

// Loads the code once the browser reports the first contentful paint, or half a second after it could first
// paint (a tab opened in the background reports no paint until shown), whichever comes first.
const LOAD_APP_AFTER_PAINT = `var loaded=false;function add(tag,attrs){var e=document.createElement(tag);for(var k in attrs)e[k]=attrs[k];document.head.appendChild(e)}function load(){var l=document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)});if(loaded||!l)return;loaded=true;var a=JSON.parse(l.textContent);a.preload.forEach(function(h){add('link',{rel:'modulepreload',href:h,crossOrigin:''})});add('script',{type:'module',src:a.entry,crossOrigin:''})}function soon(){setTimeout(load,0)}try{new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length)document.readyState==='loading'?document.addEventListener('DOMContentLoaded',soon):soon()}).observe({type:'paint',buffered:true})}catch(e){}document.addEventListener('DOMContentLoaded',function(){requestAnimationFrame(function(){setTimeout(load,500)})});`;

export const BOOT_SCRIPT = `(function(){${APPLY_SAVED_STATE}${LOAD_APP_AFTER_PAINT}})();`;

export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

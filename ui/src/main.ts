/** Entry point: take the web token out of the URL, then boot the app. */

import './styles.css';
import { boot } from './app';
import { initBackend } from './backend';

initBackend();
void boot();

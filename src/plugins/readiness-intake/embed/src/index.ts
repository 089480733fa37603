import { ReadinessIntakeForm } from './element';

// Loading the script twice (two embeds on one page) must not throw on the second define.
if (!customElements.get('readiness-intake-form')) customElements.define('readiness-intake-form', ReadinessIntakeForm);

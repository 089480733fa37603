import { demoSiteSettings, type DemoArticle } from './demo-content';

/** A demo call to action as the component stores it, its button to the contact page. */
export const callToAction = (cta: DemoArticle['cta']) => ({
  heading: cta.heading,
  text: cta.text,
  sellingPoints: cta.sellingPoints.map((text) => ({ text })),
  buttonLabel: cta.buttonLabel,
  buttonTarget: demoSiteSettings.contactPath,
});

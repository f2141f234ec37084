import classes from './SkipLink.module.css';

/** The id of the forms area, where "Skip to forms" takes the focus. */
export const FORMS_ID = 'forms';

/** The first thing Tab reaches: past the toolbar and the sixty links of the Sections navigation, to the forms.
 *  Hidden until it has the focus. It moves the focus itself rather than follow its href: the address's
 *  fragment names the section shown (#http), and #forms would replace it. */
export function SkipLink() {
  return (
    <a className={classes.skip} href={`#${FORMS_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(FORMS_ID)?.focus();
      }}>
      Skip to forms
    </a>
  );
}

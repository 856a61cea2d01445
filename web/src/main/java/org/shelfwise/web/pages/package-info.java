/**
 * What every page shares: the layout's model, formats of dates and money, error pages in words.
 */
package org.shelfwise.web.pages;

/** Administration CLI; commands are added in cli/ (see `npm run houqin -- help`). */
console.log('用法: npm run houqin -- <migrate|create-admin|reset-password|backup|restore|demo>');

import re, sys, json, os
D='/work/scratch/styles54/releases'
def body(t):
    parts=t.split('---\n',2); return parts[2]
def spans(par):
    out=[]; stack=[]  # stack of (closechar_kind, start_index, out_index)
    i=0; n=len(par)
    def isl(c): return c.isalpha() or c.isdigit()
    while i<n:
        c=par[i]; prev=par[i-1] if i>0 else ' '; nxt=par[i+1] if i+1<n else ' '
        top=stack[-1][0] if stack else None
        if c=='"':
            if top=='"': close(stack,out,i,par)
            else: open_(stack,out,'"',i)
        elif c=='“':
            if top=='”' : open_(stack,out,'”',i)  # nested same? unlikely
            else: open_(stack,out,'”',i)
        elif c=='”':
            if top=='”': close(stack,out,i,par)
        elif c=='«': open_(stack,out,'»',i)
        elif c=='»':
            if top=='»': close(stack,out,i,par)
        elif c=='‘':
            open_(stack,out,'’',i)
        elif c=='’':
            if top=='’' and not isl(nxt): close(stack,out,i,par)
        elif c=="'":
            if top=="'" and not isl(nxt) and not prev.isspace(): close(stack,out,i,par)
            elif stack and (prev.isspace() or prev in '"(“') and isl(nxt): open_(stack,out,"'",i)
        i+=1
    for s in stack: out[s[2]]['end']=n
    return out
def open_(stack,out,k,i):
    out.append({'start':i+1,'end':None}); stack.append((k,i+1,len(out)-1))
def close(stack,out,i,par):
    k,s,oi=stack.pop(); out[oi]['end']=i
def starts(text):
    return ' '.join(text.split()[:5])
res=[]
for f in sorted(os.listdir(D)):
    b=body(open(os.path.join(D,f)).read())
    for par in re.split(r'\n\s*\n',b):
        for sp in spans(par):
            res.append((f,starts(par[sp['start']:sp['end']])))
for f,s in res: print(json.dumps({'file':f,'starts':s},ensure_ascii=False))

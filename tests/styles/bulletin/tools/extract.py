import re, sys, os, json
D='/work/scratch/styles52/releases'
def body(t):
    parts=t.split('\n---\n',1)
    assert t.startswith('---\n')
    return parts[1]
def spans_para(p):
    out=[]  # list of (start_index, text) in order of opening
    i=0; n=len(p)
    while i<n:
        c=p[i]
        opener=None
        if c=='"': opener='"'
        elif c=='“': opener='“'
        elif c=='”' and (i==0 or p[i-1].isspace()): opener='”'
        if opener:
            closers={'"':'"','“':'”','”':'”'}[opener]
            j=p.find(closers,i+1)
            if j==-1: j=n
            inner=p[i+1:j]
            out.append((i,inner))
            # nested singles
            k=0
            while k<len(inner):
                ch=inner[k]
                if ch in "'‘" and (k==0 or not inner[k-1].isalnum()) and k+1<len(inner) and inner[k+1].isalpha():
                    # find closer
                    m=k+1
                    while m<len(inner):
                        if inner[m] in "'’" and (m+1==len(inner) or not inner[m+1].isalnum()) and not inner[m-1].isspace():
                            break
                        m+=1
                    out.append((i+1+k,inner[k+1:m]))
                    k=m+1; continue
                k+=1
            i=j+1; continue
        i+=1
    out.sort()
    return [s for _,s in out]
def spans(f):
    b=body(open(os.path.join(D,f)).read())
    res=[]
    for p in re.split(r'\n\s*\n',b):
        res+=spans_para(p)
    return res
def starts(s):
    return ' '.join(s.split()[:5])
if __name__=='__main__':
    for f in sorted(os.listdir(D)):
        b=body(open(os.path.join(D,f)).read())
        ss=spans(f)
        print(f, 'words', len(b.split()), 'spans', len(ss))
        for s in ss: print('   ', starts(s), '||', s[:70])

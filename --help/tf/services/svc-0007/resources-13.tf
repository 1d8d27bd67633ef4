resource "aws_iam_role" "r13_0" {
  name = "${local.name}-13-0"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 54454 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r13_1" {
  name = "${local.name}-13-1"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 48935 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r13_2" {
  name = "${local.name}-13-2"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 25656 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r13_3" {
  name = "${local.name}-13-3"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 71219 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r13_4" {
  name = "${local.name}-13-4"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 95956 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r13_5" {
  name = "${local.name}-13-5"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 32958 for benchmarks; mentions 0.0.0.0/0 only in text"
}

